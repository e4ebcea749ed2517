using Marsad.Extract.Records;
using Marsad.Store;
using Marsad.Store.Sqlite;

namespace Marsad.Store.Tests;

/// <summary>Records built by hand (entities and events included), so store tests never depend on extraction quality.</summary>
internal static class Fixtures
{
    public const string ShellingText = "قصف مدفعي على دوما بغوطة دمشق\n\nقتل خمسة مدنيين في قصف مدفعي لقوات النظام على مدينة دوما بغوطة دمشق صباح الأربعاء.";
    public const string ProtestText = "مظاهرة في إدلب\n\nخرج مئات المتظاهرين في مدينة إدلب يوم الجمعة احتجاجا على الغلاء.";
    public const string MeetingText = "لقاء في عمان\n\nالتقى وزير الخارجية الأردني نظيره الروسي في عمان لبحث الوضع في الجنوب السوري.";

    public static DocumentRecord Shelling(string published = "2018-04-11") => new()
    {
        Id = "shelling-1",
        Text = ShellingText,
        Outlet = "صوت العاصمة",
        Published = published,
        Entities =
        [
            new EntityRecord { Start = 14, End = 18, Text = "دوما", Type = "LOC", Id = "place:douma", NameEn = "Douma" },
            new EntityRecord { Start = 66, End = 72, Text = "النظام", Type = "ORG", Id = "actor:syria-gov", NameEn = "Syrian government" },
        ],
        Events =
        [
            new EventRecord
            {
                Type = "ASSAULT", Mode = "shelling", Status = "occurred",
                Actor1 = new ActorRecord { Id = "actor:syria-gov", NameEn = "Syrian government" },
                Actor2 = new ActorRecord { Id = "actor:civilians", NameEn = "Civilians" },
                Location = new PlaceRecord { Id = "place:douma", NameEn = "Douma", Lat = 33.5711, Lon = 36.4036, Admin1 = "Rif Dimashq", Precision = "settlement" },
                Date = "2018-04-11", Fatalities = 5,
                Evidence = new SpanRecord(31, 113), Trigger = new SpanRecord(50, 53),
            },
        ],
    };

    public static DocumentRecord Protest() => new()
    {
        Id = "protest-1",
        Text = ProtestText,
        Outlet = "عنب بلدي",
        Published = "2018-05-04",
        Entities = [new EntityRecord { Start = 10, End = 14, Text = "إدلب", Type = "LOC", Id = "place:idlib", NameEn = "Idlib" }],
        Events =
        [
            new EventRecord
            {
                Type = "PROTEST", Mode = "demonstrate", Status = "occurred",
                Location = new PlaceRecord { Id = "place:idlib", NameEn = "Idlib", Lat = 35.93, Lon = 36.63, Admin1 = "Idlib", Precision = "settlement" },
                Date = "2018-05-04", Quantity = 300,
                Evidence = new SpanRecord(16, 80), Trigger = new SpanRecord(16, 19),
            },
        ],
    };

    public static DocumentRecord Meeting() => new()
    {
        Id = "meeting-1",
        Text = MeetingText,
        Published = "2018-06-01",
        Events =
        [
            new EventRecord
            {
                Type = "CONSULT", Mode = "meeting", Status = "occurred",
                Actor1 = new ActorRecord { Id = "actor:jordan", NameEn = "Jordan" },
                Actor2 = new ActorRecord { Id = "actor:russia", NameEn = "Russia" },
                Location = new PlaceRecord { Id = "geonames:250441", NameEn = "Amman" },
                Date = "2018-06-01",
                Evidence = new SpanRecord(14, 91), Trigger = new SpanRecord(14, 19),
            },
        ],
    };

    public static StoredArticle Stored(DocumentRecord r, string version = "test") => new(ArticleId.FromText(r.Text), r, version, "fixture:" + r.Id, Marsad.Corpus.MinHash.Signature(r.Text));

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "marsad-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    public static async Task<SqliteRecordStore> StoreWith(string dir, params DocumentRecord[] records)
    {
        var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        await store.UpsertBatchAsync(records.Select(r => Stored(r)).ToArray());
        return store;
    }
}
