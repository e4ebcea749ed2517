using Marsad.Extract.Pipeline;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Store.Ingestion;
using Marsad.Store.Sqlite;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Server.Tests;

/// <summary>
/// A real server on a free loopback port over a real SQLite store holding the five bundled sample
/// articles plus one hostile article (script tags, event-handler attributes, a javascript: URL and
/// bidi overrides in its text), built once for all tests of the collection.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string HostileId = "hostile";
    public const string HostileText =
        "<script>window.__pwned = 1</script> هجوم <img src=x onerror=\"window.__pwned = 2\"> على دمشق \u202Eمقلوب\u202C و<a href=\"javascript:window.__pwned=3\">رابط</a>.\nقصفت قوات النظام مدينة دوما أمس.";

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-server-").FullName;
    private WebApplication? _app;
    private StoreHost? _host;

    public Uri Address { get; private set; } = null!;
    public ServerOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = new ServerOptions { Database = Path.Combine(_dir, "marsad.db"), Port = 0, MaxExtractBytes = 64 * 1024 };
        var hostile = Path.Combine(_dir, "hostile.jsonl");
        // Two outlets carrying one happening, disagreeing on the toll: the story view must group them.
        const string wire = "قصفت طائرات حربية روسية مدينة دوما في الغوطة الشرقية بريف دمشق صباح اليوم الجمعة، ما أدى إلى مقتل {0} مدنيين وإصابة العشرات، بحسب الدفاع المدني. وقال ناشطون إن الغارات استهدفت الأحياء السكنية وسط المدينة، في حين لم يصدر تعليق من النظام السوري.";
        await File.WriteAllLinesAsync(hostile, [
            System.Text.Json.JsonSerializer.Serialize(new { id = HostileId, text = HostileText, url = "javascript:alert(1)", outlet = "<b>outlet</b>" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "wire-a", text = string.Format(System.Globalization.CultureInfo.InvariantCulture, wire, 12), outlet = "عنب بلدي", published = "2018-04-06" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "wire-b", text = "دمشق — " + string.Format(System.Globalization.CultureInfo.InvariantCulture, wire, 15), outlet = "الجزيرة نت", published = "2018-04-06" }),
        ]);
        await using (var store = await SqliteRecordStore.OpenAsync(Options.Database))
        {
            var ingestor = new Ingestor(new Pipeline(ResourceSet.Shipped), store, new IngestOptions { Workers = 2 });
            var result = await ingestor.RunAsync(ArticleSources.Open([SharedData.Samples("articles"), hostile]));
            if (result.Stored != 8) throw new InvalidOperationException($"expected 8 stored articles, got {result.Stored} (failed {result.Failed})");
            await Marsad.Store.StoryBuilder.RebuildAsync(store, ResourceSet.Shipped);
        }
        (_app, _host, Address) = await ServerRunner.StartAsync(Options);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
        if (_host is not null) await _host.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}

[CollectionDefinition("server")]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>;
