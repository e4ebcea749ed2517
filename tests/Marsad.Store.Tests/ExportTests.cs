using System.Text;
using System.Text.Json;
using CsvHelper;
using Marsad.Extract.Records;
using Marsad.Store.Exports;
using Marsad.Text.Resources;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Parquet.Serialization;

namespace Marsad.Store.Tests;

/// <summary>Every export is read back with its own library and checked against what the store holds.</summary>
public class ExportTests
{
    private static async Task<byte[]> Export(ExportFormat format, RecordFilter? filter = null)
    {
        await using var store = await Fixtures.StoreWith(Fixtures.TempDir(), Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        using var buffer = new MemoryStream();
        await new Exporter(store, ResourceSet.Shipped).WriteAsync(format, filter ?? RecordFilter.None, buffer);
        return buffer.ToArray();
    }

    private static List<Dictionary<string, string>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes), CsvReaderOptions.Default, false);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader) rows.Add(row.ToDictionary().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? ""));
        return rows;
    }

    [Fact]
    public async Task Jsonl_export_holds_every_record_exactly()
    {
        var lines = Encoding.UTF8.GetString(await Export(ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var records = lines.Select((l, i) => RecordJson.Parse(l, $"export:{i + 1}")).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(["meeting-1", "protest-1", "shelling-1"], records.Select(r => r.Id));
        Assert.Equal(Fixtures.Shelling(), records[2], RecordComparer.Instance);
    }

    [Fact]
    public async Task Acled_csv_has_acled_columns_and_codes_shelling_as_remote_violence()
    {
        var rows = ReadCsv(await Export(ExportFormat.AcledCsv));
        Assert.Equal(Exporter.AcledColumns, rows[0].Keys);
        // CONSULT is a statement, not an ACLED event: two of three events remain.
        Assert.Equal(2, rows.Count);
        var shelling = rows[0];
        Assert.Equal("2018-04-11", shelling["event_date"]);
        Assert.Equal("2018", shelling["year"]);
        Assert.Equal("Explosions/Remote violence", shelling["event_type"]);
        Assert.Equal("Shelling/artillery/missile attack", shelling["sub_event_type"]);
        Assert.Equal("Syrian government", shelling["actor1"]);
        Assert.Equal("Civilians", shelling["actor2"]);
        // From the knowledge base's entry for place:douma (country SY), named as ACLED names it.
        Assert.Equal("Syria", shelling["country"]);
        Assert.Equal("Rif Dimashq", shelling["admin1"]);
        Assert.Equal("Douma", shelling["location"]);
        Assert.Equal("33.5711", shelling["latitude"]);
        Assert.Equal("36.4036", shelling["longitude"]);
        Assert.Equal("1", shelling["geo_precision"]);
        Assert.Equal("صوت العاصمة", shelling["source"]);
        Assert.StartsWith("قتل خمسة مدنيين", shelling["notes"], StringComparison.Ordinal);
        Assert.Equal("5", shelling["fatalities"]);
        Assert.StartsWith("SYR-", shelling["event_id_cnty"], StringComparison.Ordinal);
        Assert.Equal("Protests", rows[1]["event_type"]);
        Assert.Equal("0", rows[1]["fatalities"]);
    }

    [Fact]
    public async Task Events_csv_matches_the_store_field_by_field()
    {
        var rows = ReadCsv(await Export(ExportFormat.Csv));
        Assert.Equal(Exporter.CsvColumns, rows[0].Keys);
        Assert.Equal(["ASSAULT", "PROTEST", "CONSULT"], rows.Select(r => r["type"]));
        Assert.Equal("300", rows[1]["quantity"]);
        Assert.Equal("actor:jordan", rows[2]["actor1_id"]);
        Assert.Equal("", rows[2]["latitude"]);
    }

    [Fact]
    public async Task Parquet_export_reads_back_typed()
    {
        var bytes = await Export(ExportFormat.Parquet);
        var result = await ParquetSerializer.DeserializeAsync<EventRow>(new MemoryStream(bytes));
        var rows = result.Data;
        Assert.Equal(typeof(DateTime), result.Schema.DataFields.Single(f => f.Name == "event_date").ClrType);
        Assert.Equal(["ASSAULT", "PROTEST", "CONSULT"], rows.Select(r => r.Type));
        Assert.Equal(5, rows[0].Fatalities);
        Assert.Null(rows[1].Fatalities);
        Assert.Equal(33.5711, rows[0].Latitude);
        Assert.Equal(new DateTime(2018, 4, 11, 0, 0, 0, DateTimeKind.Utc), rows[0].EventDate!.Value.ToUniversalTime());
        Assert.Equal("2018-04-11", rows[0].DateText);
        Assert.Equal(ArticleId.FromText(Fixtures.ShellingText) + "#0", rows[0].EventId);
    }

    [Fact]
    public async Task GeoJson_export_is_a_feature_collection_of_located_events_only()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var collection = JsonSerializer.Deserialize<FeatureCollection>(await Export(ExportFormat.GeoJson), options)!;
        // The meeting in Amman has no coordinates in its record.
        Assert.Equal(2, collection.Count);
        var douma = collection[0];
        var point = Assert.IsType<Point>(douma.Geometry);
        Assert.Equal(36.4036, point.X);
        Assert.Equal(33.5711, point.Y);
        Assert.Equal("ASSAULT", douma.Attributes["type"]);
        Assert.Equal("place:douma", douma.Attributes["place"]);
    }

    [Fact]
    public async Task Plover_json_carries_type_mode_actors_location_and_source()
    {
        using var doc = JsonDocument.Parse(await Export(ExportFormat.PloverJson));
        var events = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(3, events.Length);
        var e = events[2];
        Assert.Equal("CONSULT", e.GetProperty("event_type").GetString());
        Assert.Equal("meeting", e.GetProperty("mode").GetString());
        Assert.Equal("2018-06-01", e.GetProperty("date").GetString());
        Assert.Equal("actor:jordan", e.GetProperty("actor1").GetProperty("id").GetString());
        Assert.Equal("Russia", e.GetProperty("actor2").GetProperty("name").GetString());
        // geonames:250441 (Amman) is an imported gazetteer id: its country comes from its entry.
        Assert.Equal("JOR", e.GetProperty("location").GetProperty("country").GetString());
        Assert.StartsWith("التقى وزير الخارجية", e.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_apply_to_exports()
    {
        var rows = ReadCsv(await Export(ExportFormat.Csv, new RecordFilter { Type = "PROTEST" }));
        Assert.Equal("PROTEST", Assert.Single(rows)["type"]);
        var lines = Encoding.UTF8.GetString(await Export(ExportFormat.Jsonl, new RecordFilter { Place = "place:douma" })).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
    }

    [Fact]
    public async Task Acled_country_comes_from_the_knowledge_base_for_records_the_pipeline_wrote()
    {
        // Real records: the five Arabic sample articles through the real pipeline into a real store.
        var dir = Fixtures.TempDir();
        await using var store = await Marsad.Store.Sqlite.SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        var pipeline = new Marsad.Extract.Pipeline.Pipeline(ResourceSet.Shipped);
        await new Marsad.Store.Ingestion.Ingestor(pipeline, store, new Marsad.Store.Ingestion.IngestOptions { Workers = 1 })
            .RunAsync(Marsad.Ingest.Sources.ArticleSources.Open([Marsad.Tests.Shared.SharedData.Samples("articles")]));
        var located = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var s in store.QueryEventsAsync(RecordFilter.None))
            if (s.Event.Location?.Id is { } id && pipeline.Knowledge.Place(id)?.Country is { } code) located[s.EventId] = code;
        Assert.NotEmpty(located);

        using var buffer = new MemoryStream();
        await new Exporter(store, ResourceSet.Shipped, pipeline.Knowledge).WriteAsync(ExportFormat.AcledCsv, RecordFilter.None, buffer);
        var rows = ReadCsv(buffer.ToArray());
        var countries = new PlaceCountries(pipeline.Knowledge);
        int checkedRows = 0;
        await foreach (var s in store.QueryEventsAsync(RecordFilter.None))
        {
            if (!located.TryGetValue(s.EventId, out var code)) continue;
            var row = rows.SingleOrDefault(r => r["event_id_cnty"].EndsWith("-" + s.ArticleId.Replace(ArticleId.Prefix, "", StringComparison.Ordinal)[..12] + "-" + s.Ordinal, StringComparison.Ordinal));
            if (row is null) continue; // a type ACLED does not take (statements)
            var country = countries.Of(s.Event.Location!.Id)!;
            Assert.Equal(code, country.Alpha2);
            Assert.Equal(country.Name, row["country"]);
            Assert.NotEqual("", row["country"]);
            Assert.StartsWith(country.Alpha3 + "-", row["event_id_cnty"], StringComparison.Ordinal);
            checkedRows++;
        }
        Assert.True(checkedRows > 0, "no located ACLED event among the samples' records");
    }

    [Fact]
    public void Country_names_and_codes_come_from_the_gazetteer_and_state_actors()
    {
        var countries = new PlaceCountries(Marsad.Extract.Knowledge.KnowledgeBase.Shipped);
        Assert.Equal(new Country("SY", "SYR", "Syria"), countries.Of("place:damascus"));
        Assert.Equal(new Country("JO", "JOR", "Jordan"), countries.Of("geonames:250441"));
        Assert.Equal("Syria", countries.Of("place:syria")?.Name);
        Assert.Null(countries.Of("place:no-such-place"));
        Assert.Null(countries.Of(null));
    }

    [Fact]
    public void Unknown_format_is_refused_naming_the_choices() =>
        Assert.Contains("acled-csv", Assert.Throws<StoreException>(() => Exporter.ParseFormat("xlsx")).Message, StringComparison.Ordinal);
}
