using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Tests.Shared;
using Marsad.Text;

namespace Marsad.Extract.Tests.Linking;

public class PlaceContextTests
{
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    private static EntityRecord LinkPlace(string text, string phrase)
    {
        var matcher = new MentionMatcher(KnowledgeBase.Shipped);
        var found = matcher.Find(TextAnalyzer.Analyse(text)).ToList();
        // The ambiguous name itself is given as a tagger would give it.
        int at = text.LastIndexOf(phrase, StringComparison.Ordinal);
        found.RemoveAll(e => e.Start == at);
        found.Add(new EntityRecord { Start = at, End = at + phrase.Length, Text = phrase, Type = "LOC" });
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Linker.Link(text, found).Single(e => e.Start == at);
    }

    [Fact]
    public void Ambiguous_name_without_context_goes_to_the_bigger_settlement()
    {
        var e = LinkPlace("افتتح مستشفى جديد في المنصورة", "المنصورة");
        Assert.Equal(("geonames:360761", "EG"), (e.Id, e.Id is null ? null : KnowledgeBase.Shipped.Place(e.Id)!.Country));
    }

    [Fact]
    public void Ambiguous_name_resolved_by_the_other_places_in_the_article()
    {
        var e = LinkPlace("تقدمت قسد من الطبقة باتجاه الرقة وسيطرت على المنصورة", "المنصورة");
        Assert.Equal("syria-admin:sy-raqqa-al-thawrah-mansura", e.Id);
        Assert.Equal("Raqqa", e.Admin1);
    }

    [Fact]
    public void Curated_town_beats_the_sub_district_named_after_it()
    {
        var e = LinkPlace("خرجت الحافلات من ببيلا", "ببيلا");
        Assert.Equal(("place:babbila", "settlement"), (e.Id, e.Precision));
    }

    [Fact]
    public void Small_imported_village_is_linked_but_not_found_on_its_name_alone()
    {
        // Zelhmaya (Mount Lebanon): GeoNames gives no population, so the matcher does not report it.
        var text = "وصلت التعزيزات إلى زلحمايا";
        Assert.Empty(new MentionMatcher(KnowledgeBase.Shipped).Find(TextAnalyzer.Analyse(text)));
        var e = LinkPlace(text, "زلحمايا");
        Assert.Equal(("geonames:265820", "settlement"), (e.Id, e.Precision));
    }
}

public class SampleGoldTests
{
    /// <summary>Golden figures on the sample gold (README.md, section "Knowledge base"); a drop below them is a regression.</summary>
    [Fact]
    public void Sample_gold_linking_figures_hold()
    {
        var gold = Marsad.Extract.Evaluation.RecordFiles.Load(SharedData.Samples("gold", "seeds.jsonl"));
        var report = LinkingEvaluation.Evaluate(KnowledgeBase.Shipped, gold);
        Assert.True(report.OrgPerLinked.Value >= 0.95, $"ORG/PER linked {report.OrgPerLinked}");
        Assert.True(report.LocLinked.Value >= 0.93, $"LOC linked {report.LocLinked}");
        Assert.True(report.MatcherMicro.F1 >= 0.93, $"matcher micro-F1 {report.MatcherMicro.F1:0.000}");
    }

    [Fact]
    public void Gold_written_with_ids_only_is_checked_within_10_km_of_the_gold_ids_point()
    {
        // Both gold mentions mean Mansura near Raqqa; without Syrian context the linker takes Egypt's.
        const string mansura = "syria-admin:sy-raqqa-al-thawrah-mansura";
        DocumentRecord Gold(string id, string text)
        {
            // Every place is a gold mention (the linker reads its context from them); only المنصورة carries an id.
            var places = new[] { "الطبقة", "الرقة", "المنصورة" }.Where(p => text.Contains(p, StringComparison.Ordinal)).Select(p =>
            {
                int at = text.IndexOf(p, StringComparison.Ordinal);
                return new EntityRecord { Start = at, End = at + p.Length, Text = p, Type = "LOC", Id = p == "المنصورة" ? mansura : null };
            });
            return new DocumentRecord { Id = id, Text = text, Entities = places.ToArray() };
        }

        var report = LinkingEvaluation.Evaluate(KnowledgeBase.Shipped,
        [
            Gold("syria", "تقدمت قسد من الطبقة باتجاه الرقة وسيطرت على المنصورة"),
            Gold("egypt", "افتتح مستشفى جديد في المنصورة"),
        ]);

        Assert.Equal(new Share(1, 2), report.LocWithin10KmOfGold);
    }
}
