using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Text.Resources;
using Xunit;

namespace Marsad.Extract.Tests.Stages;

public class EventPlaceCoordinatesTests
{
    private static readonly Lazy<Marsad.Extract.Pipeline.Pipeline> Shared = new(() => new Marsad.Extract.Pipeline.Pipeline(ResourceSet.Shipped));

    [Fact]
    public void An_event_in_a_geocoded_town_carries_the_towns_coordinates()
    {
        const string text = "قصفت طائرات حربية روسية مدينة إدلب صباح الأحد، ما أدى إلى مقتل 12 مدنياً بحسب الدفاع المدني.";
        var record = Shared.Value.Process(new Article("t1", text, "test"));

        var ev = Assert.Single(record.Events ?? [], e => e.Type == "ASSAULT");
        Assert.NotNull(ev.Location);
        var idlib = Assert.Single(record.Entities, e => e.Type == "LOC" && e.Text == "إدلب");
        Assert.Equal(idlib.Id, ev.Location!.Id);
        Assert.NotNull(idlib.Lat);
        Assert.Equal(idlib.Lat, ev.Location.Lat);
        Assert.Equal(idlib.Lon, ev.Location.Lon);
        Assert.Equal(idlib.Admin1, ev.Location.Admin1);
        // Idlib city: 35.93 N, 36.63 E.
        Assert.InRange(ev.Location.Lat!.Value, 35.8, 36.1);
        Assert.InRange(ev.Location.Lon!.Value, 36.5, 36.8);
    }

    [Fact]
    public void A_location_without_a_geocoded_entity_stays_without_coordinates()
    {
        var span = new SpanRecord(0, 4);
        var ev = new EventRecord
        {
            Type = "ASSAULT",
            Evidence = span,
            Trigger = span,
            Location = new PlaceRecord { Start = 10, End = 14, Text = "قرية" },
        };
        var entities = new[] { new EntityRecord { Start = 20, End = 24, Type = "LOC", Id = "geo:1", Lat = 33.5, Lon = 36.3 } };

        var filled = EventPlaceCoordinates.Fill([ev], entities);

        Assert.Null(Assert.Single(filled).Location!.Lat);
    }

    [Fact]
    public void A_location_known_only_by_id_takes_the_coordinates_of_another_mention_of_that_place()
    {
        var span = new SpanRecord(0, 4);
        var ev = new EventRecord
        {
            Type = "ASSAULT",
            Evidence = span,
            Trigger = span,
            Location = new PlaceRecord { Id = "geo:170654", NameEn = "Damascus" },
        };
        var entities = new[] { new EntityRecord { Start = 20, End = 24, Type = "LOC", Id = "geo:170654", Lat = 33.51, Lon = 36.29, Admin1 = "Damascus", Precision = "settlement" } };

        var located = Assert.Single(EventPlaceCoordinates.Fill([ev], entities)).Location!;

        Assert.Equal(33.51, located.Lat);
        Assert.Equal(36.29, located.Lon);
        Assert.Equal("settlement", located.Precision);
    }
}

public class EventActorNamesTests
{
    private static readonly Lazy<Marsad.Extract.Pipeline.Pipeline> Shared = new(() => new Marsad.Extract.Pipeline.Pipeline(ResourceSet.Shipped));

    [Fact]
    public void An_actor_resolved_from_a_generic_phrase_carries_its_english_name()
    {
        // "فصائل المعارضة" is a generic phrase the event stage resolves to the opposition's id.
        const string text = "وأكد الروس أن لا خروج لفصائل المعارضة المسلحة من بلدة يلدا قبل إنهاء ملف داعش.";
        var record = Shared.Value.Process(new Article("t2", text, "test"));

        var actors = (record.Events ?? []).SelectMany(e => new[] { e.Actor1, e.Actor2 }).OfType<ActorRecord>().Where(a => a.Id is not null).ToList();
        Assert.NotEmpty(actors);
        Assert.All(actors, a => Assert.NotNull(a.NameEn));
        Assert.Contains(actors, a => a.Id == "actor:syrian-opposition" && a.NameEn == "Syrian opposition");
    }

    [Fact]
    public void A_named_actor_keeps_its_name_and_an_unknown_id_stays_unnamed()
    {
        var span = new SpanRecord(0, 4);
        var ev = new EventRecord
        {
            Type = "ASSAULT",
            Evidence = span,
            Trigger = span,
            Actor1 = new ActorRecord { Id = "actor:russia", NameEn = "Russian forces as written" },
            Actor2 = new ActorRecord { Id = "actor:no-such-actor" },
        };

        var filled = Assert.Single(EventActorNames.Fill([ev], Marsad.Extract.Knowledge.KnowledgeBase.Shipped));

        Assert.Equal("Russian forces as written", filled.Actor1!.NameEn);
        Assert.Null(filled.Actor2!.NameEn);
    }
}
