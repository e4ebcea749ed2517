using Marsad.Extract.Entities;
using Marsad.Text;
using static Marsad.Extract.Tests.Ner.NerTestKit;

namespace Marsad.Extract.Tests.Ner;

/// <summary>record.md's span edges, applied to a tagged range of the view (one rule per test).</summary>
public class EntitySpanRuleTests
{
    private static readonly KnownWords Corpus = Words(("دمشق", 26), ("حلب", 20), ("مدينه", 107), ("مخيم", 3), ("الجيش", 80), ("السوري", 16), ("للجيش", 5));

    [Fact]
    public void Preposition_lies_outside_a_place() =>
        // view: ب | دمشق — the tagger's span may even start at the clitic, as the corpus sometimes does
        Assert.Equal("دمشق", SpanText("بدمشق", Corpus, 0, 2, EntityKind.Loc));

    [Fact]
    public void In_lam_lam_only_the_preposition_lies_outside() =>
        // "للجيش" is a known corpus word, so it stays one token; the edge rule cuts one ل
        Assert.Equal("لجيش السوري", SpanText("للجيش السوري", Corpus, 0, 2, EntityKind.Org));

    [Fact]
    public void Split_lam_lam_keeps_the_article_lam_inside() =>
        Assert.Equal("لروس", SpanText("للروس", Words(("الروس", 3)), 0, 2, EntityKind.Org));

    [Fact]
    public void Conjunction_lies_outside() =>
        Assert.Equal("الروس", SpanText("والروس", Words(("الروس", 3)), 0, 2, EntityKind.Org));

    [Fact]
    public void Descriptive_head_lies_outside() =>
        Assert.Equal("حلب", SpanText("مدينة حلب", Corpus, 0, 2, EntityKind.Loc));

    [Fact]
    public void Descriptive_head_with_a_clitic_lies_outside() =>
        Assert.Equal("حلب", SpanText("بمدينة حلب", Corpus, 0, 3, EntityKind.Loc));

    [Fact]
    public void Head_that_belongs_to_the_name_stays() =>
        Assert.Equal("مخيم اليرموك", SpanText("مخيم اليرموك", Corpus, 0, 2, EntityKind.Loc));

    [Fact]
    public void Head_of_another_type_stays() =>
        // "مدينة" is a head of places, not of organisations ("مدينة الإنتاج الإعلامي" as a company)
        Assert.Equal("مدينة حلب", SpanText("مدينة حلب", Corpus, 0, 2, EntityKind.Org));

    [Fact]
    public void A_lone_head_is_not_dropped_to_nothing() =>
        Assert.Equal("مدينة", SpanText("مدينة", Corpus, 0, 1, EntityKind.Loc));

    [Fact]
    public void Span_of_only_a_clitic_is_no_entity() =>
        Assert.Null(SpanText("بدمشق", Corpus, 0, 1, EntityKind.Loc));

    [Fact]
    public void Diacritics_on_a_clitic_stay_outside_with_it()
    {
        const string text = "وَالروس";
        Assert.Equal("الروس", SpanText(text, Words(("الروس", 3)), 0, 2, EntityKind.Org));
    }

    [Fact]
    public void Offsets_point_into_the_unchanged_text()
    {
        const string text = "قصفت الطائرات بدمشق أمس";
        var view = View(text, Corpus);
        int host = Array.IndexOf(Forms(view), "دمشق");
        var span = UntrainedTagger(Corpus).ToRawSpan(view, host, host + 1, EntityKind.Loc);
        Assert.Equal(new TextSpan(15, 19), span);
    }

    [Fact]
    public void Descriptive_head_file_with_an_unknown_type_is_refused_with_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-heads-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "entities"));
            File.WriteAllText(Path.Combine(dir, "entities", "descriptive-heads.tsv"), "# format: DESCRIPTIVE-HEADS/1\nمدينة\tLOC\tcity\nبلدة\tTOWN\ttown\n");
            var e = Assert.Throws<Marsad.Text.Resources.ResourceFormatException>(() => DescriptiveHeads.Load(new Marsad.Text.Resources.ResourceSet([dir])));
            Assert.Equal(3, e.Line);
            Assert.Contains("TOWN", e.Message);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Waw_that_begins_a_word_stays_inside() =>
        // "لوكالة": ل + "وكالة"; the و of "وكالة" is the word's own letter, "كالة" is not ك + ال
        Assert.Equal("وكالة الصحافة الفرنسية", SpanText("لوكالة الصحافة الفرنسية", Words(("وكاله", 14)), 0, 4, EntityKind.Org));

    [Fact]
    public void Organisation_head_before_a_bare_name_lies_outside() =>
        Assert.Equal("سبوتنيك", SpanText("وكالة سبوتنيك", Words(("وكاله", 14)), 0, 2, EntityKind.Org));

    [Fact]
    public void Quotes_at_a_span_edge_lie_outside() =>
        Assert.Equal("الشرق الأوسط", SpanText("«الشرق الأوسط»", Words(("الشرق", 50)), 0, 4, EntityKind.Org));

    [Fact]
    public void Descriptive_head_left_whole_with_its_preposition_lies_outside() =>
        // the corpus writes "بمدينة" whole, so the view keeps it whole too
        Assert.Equal("حلب", SpanText("بمدينة حلب", Words(("بمدينه", 4), ("مدينه", 107)), 0, 2, EntityKind.Loc));

    [Fact]
    public void One_word_generic_anaphor_is_no_name() =>
        Assert.Null(SpanText("التنظيم", Corpus, 0, 1, EntityKind.Org));
}
