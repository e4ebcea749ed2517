using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marsad.Extract.Pipeline;
using Marsad.Ingest.Sources;
using Marsad.Server;
using Marsad.Store.Ingestion;
using Marsad.Store.Postgres;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;

namespace Marsad.Queue.Tests;

/// <summary>
/// The PostgreSQL store read back as the SQLite store is (issue 9: serve and search against
/// PostgreSQL, index rebuilt from the store): the same articles go into a real PostgreSQL database
/// (as workers write them: records only, no index, no stories) and, through `marsad ingest`, into a
/// SQLite file; `marsad search`, `stories` and `export` then give the same answers from both.
/// </summary>
public sealed class PostgresReadersTests : IDisposable
{
    private static readonly Lazy<Pipeline> SharedPipeline = new(() => new Pipeline(ResourceSet.Shipped));
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(4);
    private const string NeedsPg = "needs MARSAD_TEST_PG (run-tests starts PostgreSQL on loopback)";

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-pgread-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The five Arabic samples and one happening carried by two outlets that disagree on the toll (a story of two).</summary>
    private string[] Inputs()
    {
        const string wire = "قصفت طائرات حربية روسية مدينة دوما في الغوطة الشرقية بريف دمشق صباح اليوم الجمعة، ما أدى إلى مقتل {0} مدنيين وإصابة العشرات، بحسب الدفاع المدني. وقال ناشطون إن الغارات استهدفت الأحياء السكنية وسط المدينة، في حين لم يصدر تعليق من النظام السوري.";
        var path = Path.Combine(_dir, "wire.jsonl");
        File.WriteAllLines(path, [
            JsonSerializer.Serialize(new { id = "wire-a", text = string.Format(System.Globalization.CultureInfo.InvariantCulture, wire, 12), outlet = "عنب بلدي", published = "2018-04-06" }),
            JsonSerializer.Serialize(new { id = "wire-b", text = "دمشق — " + string.Format(System.Globalization.CultureInfo.InvariantCulture, wire, 15), outlet = "الجزيرة نت", published = "2018-04-06" }),
        ]);
        return [SharedData.Samples("articles"), path];
    }

    private async Task<string> PostgresWithArticlesAsync()
    {
        string pg = await Services.NewDatabaseAsync();
        await using var store = await PostgresRecordStore.OpenAsync(pg);
        var result = await new Ingestor(SharedPipeline.Value, store, new IngestOptions { Workers = 2 }).RunAsync(ArticleSources.Open(Inputs()));
        Assert.Equal(7, result.Stored);
        return pg;
    }

    private static string Run(params string[] args)
    {
        using var p = new MarsadProcess(args);
        int code = p.WaitForExit(Long);
        Assert.True(code == 0, $"marsad {string.Join(' ', args)} exited {code}: {p.Stderr}");
        return p.Stdout;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Each story as its sorted article ids, stories sorted: what clustering decided, whatever the ids.</summary>
    private static string[] StoryMembers(string jsonLines) =>
        Lines(jsonLines).Select(l => string.Join(" ", JsonDocument.Parse(l).RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => a.GetProperty("article_id").GetString()).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToArray();

    [SkippableFact]
    public async Task Search_stories_and_export_read_PostgreSQL_as_they_read_SQLite()
    {
        Skip.If(Services.Pg is null, NeedsPg);
        string pg = await PostgresWithArticlesAsync();
        string db = Path.Combine(_dir, "marsad.db");
        Run(["ingest", .. Inputs(), "--db", db, "--workers", "2"]);

        // Stories: workers never build them; --rebuild does, through the store interface, as ingest does for SQLite.
        Assert.Empty(Lines(Run("stories", "--pg", pg, "--json")));
        var fromPg = StoryMembers(Run("stories", "--pg", pg, "--rebuild", "--json", "-n", "100"));
        var fromSqlite = StoryMembers(Run("stories", "--db", db, "--json", "-n", "100"));
        Assert.Equal(fromSqlite, fromPg);
        Assert.Contains(fromPg, s => s.Split(' ').Length == 2);

        // Search: the local index is built from PostgreSQL on first use; an Arabic word found through its clitic form.
        string index = Path.Combine(_dir, "pg.index");
        using var pgHits = JsonDocument.Parse(Run("search", "بدمشق", "--pg", pg, "--index", index, "--json", "-n", "50"));
        using var sqliteHits = JsonDocument.Parse(Run("search", "بدمشق", "--db", db, "--json", "-n", "50"));
        static string[] Ids(JsonDocument d) => d.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToArray();
        Assert.True(pgHits.RootElement.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(sqliteHits.RootElement.GetProperty("total").GetInt32(), pgHits.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(Ids(sqliteHits).Order(StringComparer.Ordinal), Ids(pgHits).Order(StringComparer.Ordinal));
        Assert.Equal(sqliteHits.RootElement.GetProperty("facets").GetRawText(), pgHits.RootElement.GetProperty("facets").GetRawText());
        // Filters behave the same on both stores.
        using var filtered = JsonDocument.Parse(Run("search", "*", "--pg", pg, "--index", index, "--type", "ASSAULT", "--json"));
        using var filteredSqlite = JsonDocument.Parse(Run("search", "*", "--db", db, "--type", "ASSAULT", "--json"));
        Assert.Equal(filteredSqlite.RootElement.GetProperty("total").GetInt32(), filtered.RootElement.GetProperty("total").GetInt32());

        // Export: the same events and records from both stores (row order aside: the engines sort undated rows differently).
        foreach (var format in new[] { "acled-csv", "jsonl", "csv" })
        {
            string a = Path.Combine(_dir, "pg." + format), b = Path.Combine(_dir, "sqlite." + format);
            Run("export", "--format", format, "--pg", pg, "-o", a, "--quiet");
            Run("export", "--format", format, "--db", db, "-o", b, "--quiet");
            Assert.Equal(Lines(File.ReadAllText(b)).Order(StringComparer.Ordinal), Lines(File.ReadAllText(a)).Order(StringComparer.Ordinal));
            Assert.True(Lines(File.ReadAllText(a)).Length > 1, format + " export is empty");
        }
    }

    [SkippableFact]
    public async Task Serve_on_PostgreSQL_builds_index_and_stories_and_reads_one_story_by_id()
    {
        Skip.If(Services.Pg is null, NeedsPg);
        string pg = await PostgresWithArticlesAsync();
        var options = new ServerOptions { Postgres = pg, Port = 0, IndexPath = Path.Combine(_dir, "serve.index") };
        var (app, host, address) = await ServerRunner.StartAsync(options);
        string storyId;
        try
        {
            Assert.True(host.StoriesRebuilt > 0, "serve --pg did not build the stories");
            using var http = new HttpClient { BaseAddress = address };
            var list = await http.GetFromJsonAsync<JsonElement>("/api/stories");
            Assert.True(list.GetProperty("total").GetInt32() >= 1);
            var first = list.GetProperty("stories")[0];
            storyId = first.GetProperty("id").GetString()!;
            var story = await http.GetFromJsonAsync<JsonElement>("/api/stories/" + Uri.EscapeDataString(storyId));
            Assert.Equal(first.GetRawText(), story.GetRawText());
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/stories/no-such-story")).StatusCode);
            var search = await http.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("دوما"));
            Assert.True(search.GetProperty("total").GetInt32() >= 2);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await host.DisposeAsync();
        }

        // The store itself answers one story by id.
        await using (var store = await PostgresRecordStore.OpenAsync(pg))
        {
            Assert.Equal(storyId, (await store.GetStoryAsync(storyId))?.Id);
            Assert.Null(await store.GetStoryAsync("no-such-story"));
        }

        // Started again on the same index: nothing new arrived, so the stories are not recomputed.
        await using (var again = await StoreHost.OpenAsync(options))
            Assert.Null(again.StoriesRebuilt);

        // A server with its own, new index folder: PostgreSQL marks every article indexed already (by the
        // first server's index), yet this index is built from the store and finds them.
        await using var other = await StoreHost.OpenAsync(options with { IndexPath = Path.Combine(_dir, "other.index") });
        Assert.NotNull(other.Searcher);
        var hits = other.Searcher.Search(new Marsad.Store.Search.SearchRequest("دوما", Marsad.Store.RecordFilter.None, 10));
        Assert.True(hits.Total >= 2);
    }
}
