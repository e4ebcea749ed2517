using Marsad.Extract.Records;

namespace Marsad.Corpus.Tests;

public class EventMergerTests
{
    private static readonly StoryOptions Options = new();

    private static SourcedEvent Shelling(string article, string outlet, string? date, int? fatalities, string place = "place:SYR:douma") =>
        new(article, outlet, "2018-04-11", 0, new EventRecord
        {
            Type = "ASSAULT", Mode = "shelling", Date = date, Fatalities = fatalities,
            Actor1 = new ActorRecord { Id = "actor:syria-gov" },
            Location = new PlaceRecord { Id = place },
            Evidence = new SpanRecord(0, 10), Trigger = new SpanRecord(0, 3),
        });

    [Fact]
    public void Two_outlets_reporting_one_shelling_merge_and_their_fatality_counts_are_flagged()
    {
        var merged = Assert.Single(EventMerger.Merge([Shelling("a", "عنب بلدي", "2018-04-11", 5), Shelling("b", "صوت العاصمة", "2018-04-11", 7)], Options));
        Assert.Equal(2, merged.Corroboration);
        Assert.Equal(5, merged.Fatalities);
        Assert.Equal(["fatalities"], merged.Disagreements);
        Assert.Equal(["a", "b"], merged.Sources.Select(s => s.ArticleId));
    }

    [Fact]
    public void Dates_a_day_apart_merge_but_are_flagged()
    {
        var merged = Assert.Single(EventMerger.Merge([Shelling("a", "x", "2018-04-11", null), Shelling("b", "y", "2018-04-12", null)], Options));
        Assert.Equal(["date"], merged.Disagreements);
    }

    [Fact]
    public void Different_places_stay_separate_events() =>
        Assert.Equal(2, EventMerger.Merge([Shelling("a", "x", "2018-04-11", 5), Shelling("b", "y", "2018-04-11", 5, "place:SYR:harasta")], Options).Count);

    [Fact]
    public void Dates_a_week_apart_stay_separate_events() =>
        Assert.Equal(2, EventMerger.Merge([Shelling("a", "x", "2018-04-11", 5), Shelling("b", "y", "2018-04-18", 5)], Options).Count);

    [Fact]
    public void Unknown_place_on_one_side_is_compatible() =>
        Assert.Single(EventMerger.Merge([Shelling("a", "x", "2018-04-11", 5), Shelling("b", "x", "2018-04-11", 5) with { Event = Shelling("b", "x", "2018-04-11", 5).Event with { Location = null } }], Options));

    [Fact]
    public void Same_outlet_twice_corroborates_once() =>
        Assert.Equal(1, Assert.Single(EventMerger.Merge([Shelling("a", "x", "2018-04-11", 5), Shelling("b", "x", "2018-04-11", 5)], Options)).Corroboration);
}
