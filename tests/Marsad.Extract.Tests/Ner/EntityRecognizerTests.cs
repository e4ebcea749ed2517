using Marsad.Extract.Entities;
using Marsad.Extract.Pipeline;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Ner;

public class EntityRecognizerTests
{
    private static readonly NerTagger Tagger = NerTagger.Load(ResourceSet.Shipped);

    private static DocumentContext Doc(string text) =>
        new(new Article("t", text, "test"), ArticleLayout.WholeText(text), TextAnalyzer.Analyse(text));

    /// <summary>A knowledge base that knows one name, to test the merge without the real one.</summary>
    private sealed class OneName(string name, EntityKind kind, bool confident) : IKnownMentionSource
    {
        public IReadOnlyList<KnownMention> Find(DocumentContext doc)
        {
            var list = new List<KnownMention>();
            for (int i = doc.Text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = doc.Text.IndexOf(name, i + 1, StringComparison.Ordinal))
                list.Add(new KnownMention(new TextSpan(i, i + name.Length), kind, confident));
            return list;
        }
    }

    [Fact]
    public void Demonym_known_to_the_knowledge_base_is_an_org_mention()
    {
        // The tagger was trained with peoples and nationalities as O; the knowledge base says "الروس" is Russia's side.
        var doc = Doc("وأكد الروس أن لا خروج لعناصر التنظيم.");
        var entities = new EntityRecognizer(Tagger, new OneName("الروس", EntityKind.Org, confident: true)).Recognise(doc);
        var e = Assert.Single(entities, x => x.Text == "الروس");
        Assert.Equal("ORG", e.Type);
        Assert.Equal(5, e.Start);
    }

    [Fact]
    public void Confident_known_name_wins_span_edges_over_the_tagger()
    {
        var merged = EntityRecognizer.Merge(
            [new KnownMention(new TextSpan(0, 9), EntityKind.Loc, true)],
            [new TaggedEntity(new TextSpan(5, 9), EntityKind.Loc)]);
        Assert.Equal([(new TextSpan(0, 9), EntityKind.Loc)], merged);
    }

    [Fact]
    public void Confident_known_name_wins_the_type()
    {
        var merged = EntityRecognizer.Merge(
            [new KnownMention(new TextSpan(10, 15), EntityKind.Org, true)],
            [new TaggedEntity(new TextSpan(10, 15), EntityKind.Loc)]);
        Assert.Equal(EntityKind.Org, Assert.Single(merged).Kind);
    }

    [Fact]
    public void Tagger_wins_over_an_unconfident_known_name()
    {
        var merged = EntityRecognizer.Merge(
            [new KnownMention(new TextSpan(10, 15), EntityKind.Loc, false)],
            [new TaggedEntity(new TextSpan(10, 20), EntityKind.Per)]);
        Assert.Equal([(new TextSpan(10, 20), EntityKind.Per)], merged);
    }

    [Fact]
    public void Unconfident_known_name_fills_what_the_tagger_missed()
    {
        var merged = EntityRecognizer.Merge(
            [new KnownMention(new TextSpan(30, 35), EntityKind.Loc, false)],
            [new TaggedEntity(new TextSpan(10, 20), EntityKind.Per)]);
        Assert.Equal(2, merged.Count);
        Assert.Equal(10, merged[0].Span.Start);
    }

    [Fact]
    public void Mentions_never_overlap_and_come_in_text_order()
    {
        var doc = Doc("قال الرئيس السوري بشار الأسد في دمشق إن الجيش السوري سيدخل مدينة حلب.");
        var entities = new EntityRecognizer(Tagger, new OneName("الجيش السوري", EntityKind.Org, true)).Recognise(doc);
        for (int i = 1; i < entities.Count; i++) Assert.True(entities[i - 1].End <= entities[i].Start);
        Assert.Contains(entities, e => e.Text == "الجيش السوري" && e.Type == "ORG");
    }

    [Fact]
    public void Tagger_adds_names_the_knowledge_base_does_not_know()
    {
        // A person and a German city that no curated alias covers: only the tagger can find them.
        var doc = Doc("وقال المستشار الألماني غيرهارد شرودر في مدينة هانوفر إن الحكومة ستدعم الاتفاق.");
        var kb = EntityResources.KnownNames(ResourceSet.Shipped);
        Assert.DoesNotContain(kb.Find(doc), m => m.Span.Of(doc.Text).Contains("شرودر", StringComparison.Ordinal));
        var entities = new EntityRecognizer(Tagger, kb).Recognise(doc);
        Assert.Contains(entities, e => e.Text == "غيرهارد شرودر" && e.Type == "PER");
        Assert.Contains(entities, e => e.Text == "هانوفر" && e.Type == "LOC");
    }

    [Fact]
    public void Knowledge_base_and_tagger_together_find_a_person_and_a_place()
    {
        var doc = Doc("وقال الرئيس السوري بشار الأسد في دمشق إن الحرب ستنتهي.");
        var kb = EntityResources.KnownNames(ResourceSet.Shipped);
        var entities = new EntityRecognizer(Tagger, kb).Recognise(doc);
        // The knowledge base's alias decides whether the title is inside ("الرئيس السوري بشار الأسد").
        Assert.Contains(entities, e => e.Text!.EndsWith("بشار الأسد", StringComparison.Ordinal) && e.Type == "PER");
        Assert.Contains(entities, e => e.Text == "دمشق" && e.Type == "LOC");
    }

    [Theory]
    [InlineData("وأعلن التنظيم مسؤوليته عن الهجوم، فيما رفضت المعارضة الاتفاق.", "التنظيم")]
    [InlineData("وأعلن التنظيم مسؤوليته عن الهجوم، فيما رفضت المعارضة الاتفاق.", "المعارضة")]
    [InlineData("واتفقت الفصائل على الخروج من المنطقة خلال يومين.", "الفصائل")]
    public void Generic_anaphora_are_not_mentions(string text, string word)
    {
        var doc = Doc(text);
        var entities = new EntityRecognizer(Tagger, EntityResources.KnownNames(ResourceSet.Shipped)).Recognise(doc);
        Assert.DoesNotContain(entities, e => e.Text == word);
    }

    [Fact]
    public void Known_name_that_runs_past_a_facility_guess_wins()
    {
        // "جامعة" + one definite word would cut "جامعة الدول العربية" (the Arab League) short.
        var doc = Doc("ورحبت جامعة الدول العربية بالهدنة في اليمن.");
        var entities = new EntityRecognizer(Tagger, EntityResources.KnownNames(ResourceSet.Shipped), facilities: FacilityNames.Load(ResourceSet.Shipped)).Recognise(doc);
        var e = Assert.Single(entities, x => x.Text!.StartsWith("جامعة", StringComparison.Ordinal));
        Assert.Equal(("جامعة الدول العربية", "ORG"), (e.Text, e.Type));
    }

    [Fact]
    public void Known_name_inside_a_facility_leaves_the_facility_whole()
    {
        var merged = EntityRecognizer.Merge(
            [new KnownMention(new TextSpan(5, 11), EntityKind.Loc, true)],
            [],
            [new TextSpan(0, 11)]);
        Assert.Equal([(new TextSpan(0, 11), EntityKind.Loc)], merged);
    }
}
