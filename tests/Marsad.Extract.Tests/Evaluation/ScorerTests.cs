using Marsad.Extract.Evaluation;
using Marsad.Extract.Records;
using Marsad.Tests.Shared;

namespace Marsad.Extract.Tests.Evaluation;

public class ScorerTests
{
    private const string Text = "قصفت قوات النظام مدينة دوما أمس.";

    private static DocumentRecord Doc(IReadOnlyList<EntityRecord>? entities = null, IReadOnlyList<EventRecord>? events = null, IReadOnlyList<TimeRecord>? times = null) =>
        new() { Id = "d1", Text = Text, Entities = entities ?? [], Events = events, Times = times ?? [] };

    private static EventRecord Assault(int evidenceStart, ActorRecord? actor1, string? date = "2018-04-06", string status = "occurred") => new()
    {
        Type = "ASSAULT", Status = status, Actor1 = actor1, Date = date,
        Evidence = new SpanRecord(evidenceStart, 33), Trigger = new SpanRecord(0, 4),
    };

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var gold = RecordFiles.Load(SharedData.Samples("gold", "seeds.jsonl"));
        var r = Scorer.Score(gold, gold);
        Assert.Equal(1.0, r.Entities["micro"].F1);
        Assert.Equal(1.0, r.Events.F1);
        Assert.Equal(1.0, r.Times.F1);
        Assert.Equal(1.0, r.EventSlots["actor1"].Value);
        Assert.Equal(82, r.Events.TruePositives);
    }

    [Fact]
    public void Entity_counts_only_with_exact_span_and_type()
    {
        var gold = Doc([new EntityRecord { Start = 23, End = 27, Type = "LOC" }, new EntityRecord { Start = 5, End = 17, Type = "ORG" }], []);
        var sys = Doc([new EntityRecord { Start = 23, End = 27, Type = "LOC" }, new EntityRecord { Start = 10, End = 17, Type = "ORG" }], []);
        var r = Scorer.Score([gold], [sys]);
        Assert.Equal(1, r.Entities["LOC"].TruePositives);
        Assert.Equal(0, r.Entities["ORG"].TruePositives);
        Assert.Equal(1, r.Entities["ORG"].FalsePositives);
        Assert.Equal(0.5, r.Entities["micro"].F1, 3);
    }

    [Fact]
    public void Event_matches_on_overlapping_evidence_and_type_and_judges_slots()
    {
        var gold = Doc(
            [new EntityRecord { Start = 5, End = 17, Type = "ORG", Id = "actor:syrian-government" }],
            [Assault(0, new ActorRecord { Id = "actor:syrian-government", NameEn = "Syrian government", Start = 5, End = 17 })]);
        // The system names the actor by a different id but its span overlaps the gold mention.
        var sys = Doc([], [Assault(2, new ActorRecord { Id = null, Start = 10, End = 17 }, date: null)]);
        var r = Scorer.Score([gold], [sys]);
        Assert.Equal(1, r.Events.TruePositives);
        Assert.Equal(1, r.EventSlots["actor1"].Correct);
        Assert.Equal(0, r.EventSlots["date"].Correct);
        Assert.Equal(1, r.EventSlots["actor2"].Correct); // two nulls agree
    }

    [Fact]
    public void A_gold_event_is_matched_at_most_once()
    {
        var gold = Doc([], [Assault(0, null)]);
        var sys = Doc([], [Assault(0, null), Assault(1, null)]);
        var r = Scorer.Score([gold], [sys]);
        Assert.Equal(1, r.Events.TruePositives);
        Assert.Equal(1, r.Events.FalsePositives);
    }

    [Fact]
    public void Events_in_a_gold_document_without_events_count_as_over_coding()
    {
        var r = Scorer.Score([Doc(events: [])], [Doc(events: [Assault(0, null)])]);
        Assert.Equal(1, r.OverCoding);
        Assert.Equal(1, r.EventFreeDocuments);
    }

    [Fact]
    public void Gold_without_events_key_is_scored_for_entities_only()
    {
        var gold = RecordJson.Parse("""{"id":"d1","text":"في دمشق","entities":[{"start":3,"end":7,"type":"LOC"}]}""", "test");
        Assert.Null(gold.Events);
        var r = Scorer.Score([gold], [Doc(events: [Assault(0, null)])]);
        Assert.Equal(0, r.Events.FalsePositives);
        Assert.Equal(0, r.OverCoding);
        Assert.Equal(1, r.Entities["LOC"].FalseNegatives);
    }

    [Fact]
    public void Time_is_found_only_with_the_same_value()
    {
        var gold = Doc(events: [], times: [new TimeRecord { Start = 28, End = 31, Value = "2018-04-06" }]);
        var right = Doc(events: [], times: [new TimeRecord { Start = 28, End = 31, Value = "2018-04-06" }]);
        var wrong = Doc(events: [], times: [new TimeRecord { Start = 28, End = 31, Value = "2018-04-05" }]);
        Assert.Equal(1.0, Scorer.Score([gold], [right]).Times.Recall);
        Assert.Equal(0.0, Scorer.Score([gold], [wrong]).Times.Recall);
    }

    [Fact]
    public void Unknown_record_format_is_refused()
    {
        var e = Assert.Throws<InvalidDataException>(() => RecordJson.Parse("""{"format":"marsad.record/9","id":"x","text":""}""", "f.jsonl:3"));
        Assert.Contains("f.jsonl:3", e.Message);
    }
}
