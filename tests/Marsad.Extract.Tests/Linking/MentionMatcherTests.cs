using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Tests.Linking;

public class MentionMatcherTests
{
    private static readonly MentionMatcher Matcher = new(KnowledgeBase.Shipped);
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    private static IReadOnlyList<EntityRecord> Find(string text) => Linker.Link(text, Matcher.Find(TextAnalyzer.Analyse(text)));

    private static EntityRecord Single(string text)
    {
        var found = Find(text);
        Assert.Single(found);
        return found[0];
    }

    [Fact]
    public void Preposition_clitic_lies_outside_a_place_span()
    {
        var e = Single("وصل الوفد بدمشق صباحاً");
        Assert.Equal("دمشق", e.Text);
        Assert.Equal(("LOC", "place:damascus"), (e.Type, e.Id));
    }

    [Fact]
    public void Conjunction_lies_outside_and_the_article_stays_inside()
    {
        var all = Find("اجتمع النظام والروس أمس");
        Assert.Equal(["النظام", "الروس"], all.Select(x => x.Text));
        Assert.Equal("actor:russia", all[1].Id);
    }

    [Fact]
    public void Doubled_lam_keeps_the_second_lam_inside()
    {
        var e = Single("تقدمت مجموعة تابعة للجيش السوري نحو البلدة");
        Assert.Equal("لجيش السوري", e.Text);
        Assert.Equal(("ORG", "actor:syrian-government"), (e.Type, e.Id));
    }

    [Fact]
    public void Descriptive_head_lies_outside_the_place()
    {
        var e = Single("كما حصل في مدينة حلب قبل عامين");
        Assert.Equal("حلب", e.Text);
        Assert.Equal("place:aleppo", e.Id);
    }

    [Fact]
    public void Name_head_stays_inside_the_place()
    {
        var e = Single("اشتباكات عنيفة في مخيم اليرموك");
        Assert.Equal("مخيم اليرموك", e.Text);
        Assert.Equal(("place:yarmouk-camp", "settlement"), (e.Id, e.Precision));
        Assert.NotNull(e.Lat);
    }

    [Theory]
    [InlineData("وأكد الجانب الروسي ضرورة التنسيق", "الجانب الروسي")]
    [InlineData("يواصل ضباط روس التفاوض مع اللجنة", "ضباط روس")]
    [InlineData("وصل الوفد الروسي إلى البلدة", "الوفد الروسي")]
    [InlineData("حذرت القوات الروسية من الهجوم", "القوات الروسية")]
    public void Demonym_phrases_are_mentions_of_the_state_side(string text, string span)
    {
        var e = Single(text);
        Assert.Equal(span, e.Text);
        Assert.Equal(("ORG", "actor:russia", "Russia"), (e.Type, e.Id, e.NameEn));
    }

    [Fact]
    public void Explicit_alias_beats_a_generated_side_phrase()
    {
        var e = Single("قالت وزارة الدفاع الروسية في بيان");
        Assert.Equal("actor:russian-mod", e.Id);
    }

    [Fact]
    public void Country_after_a_locative_word_is_a_place_and_otherwise_the_state()
    {
        var found = Find("لا يريد التنظيم قطع التفاوض مع روسيا في سوريا");
        Assert.Equal([("ORG", "actor:russia"), ("LOC", "place:syria")], found.Select(e => (e.Type, e.Id!)));
    }

    [Fact]
    public void Descriptive_clitic_prefix_does_not_block_longest_match()
    {
        var e = Single("انسحب المقاتلون من جنوب دمشق");
        Assert.Equal(("جنوب دمشق", "place:south-damascus"), (e.Text, e.Id));
    }

    [Fact]
    public void Everyday_word_place_needs_a_head()
    {
        Assert.Empty(Find("فتح الباب أمام المفاوضات"));
        var found = Find("سيطرت القوات التركية على مدينة الباب");
        Assert.Equal([("القوات التركية", "actor:turkish-armed-forces"), ("الباب", "place:al-bab")], found.Select(e => (e.Text!, e.Id!)));
    }
}
