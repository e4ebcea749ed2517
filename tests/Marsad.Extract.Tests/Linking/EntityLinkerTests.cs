using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;

namespace Marsad.Extract.Tests.Linking;

public class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    /// <summary>Mentions as a tagger would give them: the first occurrence of each phrase, typed.</summary>
    private static IReadOnlyList<EntityRecord> Link(string text, params (string Phrase, string Type)[] spans)
    {
        var mentions = new List<EntityRecord>();
        int from = 0;
        foreach (var (phrase, type) in spans)
        {
            int at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            Assert.True(at >= 0, phrase);
            mentions.Add(new EntityRecord { Start = at, End = at + phrase.Length, Text = phrase, Type = type });
            from = at + phrase.Length;
        }
        return Linker.Link(text, mentions);
    }

    [Fact]
    public void Surname_links_to_the_full_name_mentioned_earlier()
    {
        var linked = Link("وقال الكولونيل الروسي ألكسندر زورين إن الاتفاق قريب. وأضاف زورين أن الحافلات جاهزة",
            ("ألكسندر زورين", "PER"), ("زورين", "PER"));
        Assert.Equal("person:alexander-zorin", linked[0].Id);
        Assert.Equal(("person:alexander-zorin", "Alexander Zorin"), (linked[1].Id, linked[1].NameEn));
    }

    [Fact]
    public void Unknown_person_stays_unlinked()
    {
        var linked = Link("ترأس الوفد سامر الخطيب", ("سامر الخطيب", "PER"));
        Assert.Null(linked[0].Id);
        Assert.Equal("PER", linked[0].Type);
    }

    [Fact]
    public void Span_cut_after_the_first_lam_of_the_article_links()
    {
        var linked = Link("أوامر بإقالة رئيس الفرع التابع للأمن العسكري", ("لأمن العسكري", "ORG"));
        Assert.Equal("actor:syrian-military-security", linked[0].Id);
    }

    [Fact]
    public void Organisation_head_inside_a_tagged_span_is_skipped_for_linking()
    {
        var linked = Link("هاجم تنظيم داعش مواقع النظام", ("تنظيم داعش", "ORG"));
        Assert.Equal(("actor:isis", "ISIS"), (linked[0].Id, linked[0].NameEn));
    }

    [Fact]
    public void Latin_acronym_links_in_any_case()
    {
        var linked = Link("أعلنت قوات Sdf السيطرة", ("Sdf", "ORG"));
        Assert.Equal("actor:sdf", linked[0].Id);
    }

    [Fact]
    public void Countryside_of_a_city_is_its_governorate()
    {
        var linked = Link("قصف على ريف حلب الشمالي", ("ريف حلب", "LOC"));
        Assert.Equal(("governorate", "Aleppo"), (linked[0].Precision, linked[0].Admin1));
    }

    [Fact]
    public void Unknown_place_keeps_its_type_with_a_null_id()
    {
        var linked = Link("وصلوا إلى قرية خربة الزيتونات", ("خربة الزيتونات", "LOC"));
        Assert.Equal("LOC", linked[0].Type);
        Assert.Null(linked[0].Id);
        Assert.Null(linked[0].Lat);
    }
}
