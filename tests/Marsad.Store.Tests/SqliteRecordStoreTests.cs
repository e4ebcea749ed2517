using Marsad.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Tests;

public class SqliteRecordStoreTests
{
    [Fact]
    public async Task Upserted_record_reads_back_with_its_events_and_entities()
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling());
        var id = ArticleId.FromText(Fixtures.ShellingText);
        var back = await store.GetAsync(id);
        Assert.NotNull(back);
        Assert.Equal(Fixtures.Shelling(), back.Record, RecordComparer.Instance);
        Assert.Equal("place:douma", Assert.Single(back.Record.Events!).Location!.Id);
        Assert.Equal(2, back.Record.Entities.Count);
        Assert.Equal(new StoreCounts(1, 1, 2, 1, 0), await store.CountAsync());
    }

    [Fact]
    public async Task Article_is_found_by_its_source_id_too()
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling());
        Assert.Equal(ArticleId.FromText(Fixtures.ShellingText), (await store.GetAsync("shelling-1"))!.Id);
        Assert.Null(await store.GetAsync("no-such-article"));
    }

    [Fact]
    public async Task Upserting_again_replaces_rows_instead_of_duplicating_them()
    {
        var dir = Fixtures.TempDir();
        await using var store = await Fixtures.StoreWith(dir, Fixtures.Shelling(), Fixtures.Protest());
        var changed = Fixtures.Shelling() with { Events = [Fixtures.Shelling().Events![0] with { Fatalities = 7 }, Fixtures.Shelling().Events![0] with { Type = "COERCE" }] };
        await store.UpsertBatchAsync([Fixtures.Stored(changed, "v2")]);
        Assert.Equal(new StoreCounts(2, 2, 3, 3, 0), await store.CountAsync());
        var versions = await store.GetPipelineVersionsAsync([ArticleId.FromText(Fixtures.ShellingText), ArticleId.FromText(Fixtures.ProtestText), "h1:absent"]);
        Assert.Equal("v2", versions[ArticleId.FromText(Fixtures.ShellingText)]);
        Assert.Equal("test", versions[ArticleId.FromText(Fixtures.ProtestText)]);
        Assert.False(versions.ContainsKey("h1:absent"));
    }

    [Fact]
    public async Task Event_query_filters_by_type_actor_place_and_dates()
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        async Task<string[]> Types(RecordFilter f)
        {
            var list = new List<string>();
            await foreach (var e in store.QueryEventsAsync(f)) list.Add(e.Event.Type);
            return list.ToArray();
        }
        Assert.Equal(["ASSAULT", "PROTEST", "CONSULT"], await Types(RecordFilter.None));
        Assert.Equal(["PROTEST"], await Types(new RecordFilter { Type = "protest" }));
        Assert.Equal(["CONSULT"], await Types(new RecordFilter { Actor = "actor:russia" }));
        Assert.Equal(["ASSAULT"], await Types(new RecordFilter { Place = "place:douma" }));
        Assert.Equal(["PROTEST", "CONSULT"], await Types(new RecordFilter { From = "2018-05" }));
        Assert.Equal(["ASSAULT", "PROTEST"], await Types(new RecordFilter { To = "2018-05" }));
        Assert.Equal(["PROTEST"], await Types(new RecordFilter { From = "2018-05-01", To = "2018-05-31" }));
    }

    [Fact]
    public async Task ReadAll_with_an_event_filter_returns_the_articles_holding_such_events()
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        var ids = new List<string>();
        await foreach (var a in store.ReadAllAsync(new RecordFilter { Type = "ASSAULT" })) ids.Add(a.SourceId);
        Assert.Equal(["shelling-1"], ids);
    }

    [Fact]
    public async Task New_database_is_at_the_latest_schema_version_in_wal_mode()
    {
        var dir = Fixtures.TempDir();
        await using (var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db")))
            Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
        await using var conn = new SqliteConnection($"Data Source={Path.Combine(dir, "marsad.db")}");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Database_from_a_newer_build_is_refused_with_a_message()
    {
        var dir = Fixtures.TempDir();
        var path = Path.Combine(dir, "marsad.db");
        await (await SqliteRecordStore.OpenAsync(path)).DisposeAsync();
        await using (var conn = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version VALUES (999, 'future', '2099-01-01')";
            await cmd.ExecuteNonQueryAsync();
        }
        var e = await Assert.ThrowsAsync<StoreException>(() => SqliteRecordStore.OpenAsync(path));
        Assert.Contains("newer than this Marsad build", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_replace_and_list_by_date()
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling());
        Marsad.Corpus.Story Make(string id, string first, int size) => new(id, first, first, "t",
            Enumerable.Range(0, size).Select(i => new Marsad.Corpus.StoryArticle($"a{i}", "o", first, "t", null)).ToArray(), []);
        await store.ReplaceStoriesAsync([Make("s:1", "2015-07-21", 2), Make("s:2", "2015-08-01", 3)]);
        Assert.Equal(["s:2", "s:1"], (await store.ListStoriesAsync(null, null)).Select(s => s.Id));
        Assert.Equal(["s:1"], (await store.ListStoriesAsync(null, "2015-07")).Select(s => s.Id));
        await store.ReplaceStoriesAsync([Make("s:3", "2015-07-22", 2)]);
        Assert.Equal(["s:3"], (await store.ListStoriesAsync(null, null)).Select(s => s.Id));
        // One story by its id, as the API's story view reads it; replaced stories are gone.
        var one = await store.GetStoryAsync("s:3");
        Assert.Equal(2, one!.Articles.Count);
        Assert.Equal("2015-07-22", one.FirstDate);
        Assert.Null(await store.GetStoryAsync("s:1"));
    }
}

/// <summary>Compares records by their JSON form (records hold lists, which record equality compares by reference).</summary>
internal sealed class RecordComparer : IEqualityComparer<Marsad.Extract.Records.DocumentRecord>
{
    public static readonly RecordComparer Instance = new();
    public bool Equals(Marsad.Extract.Records.DocumentRecord? x, Marsad.Extract.Records.DocumentRecord? y) =>
        x is not null && y is not null && Marsad.Extract.Records.RecordJson.Serialize(x) == Marsad.Extract.Records.RecordJson.Serialize(y);
    public int GetHashCode(Marsad.Extract.Records.DocumentRecord obj) => Marsad.Extract.Records.RecordJson.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
