using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Marsad.Extract.Knowledge;
using Marsad.Extract.Records;
using Marsad.Text.Resources;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Parquet.Serialization;

namespace Marsad.Store.Exports;

/// <summary>The export formats of <c>marsad export</c>.</summary>
public enum ExportFormat { Jsonl, AcledCsv, PloverJson, GeoJson, Parquet, Csv }

/// <summary>
/// Writes what the store holds in analysts' formats. Records (JSONL) are per article; every other
/// format is per event. Each writer streams from the store except Parquet, which writes row groups
/// of <see cref="ParquetRowGroup"/> events.
/// </summary>
public sealed class Exporter(IRecordStore store, ResourceSet resources, KnowledgeBase? knowledge = null)
{
    /// <summary>The knowledge base is read only by the formats that name countries, and only once.</summary>
    private readonly Lazy<PlaceCountries> _countries = new(() => new PlaceCountries(
        knowledge ?? (ReferenceEquals(resources, ResourceSet.Shipped) ? KnowledgeBase.Shipped : KnowledgeBase.Load(resources))));

    /// <summary>Events per Parquet row group: large enough for good compression, small enough to keep memory flat.</summary>
    public const int ParquetRowGroup = 50_000;

    public static ExportFormat ParseFormat(string name) => name.ToLowerInvariant() switch
    {
        "jsonl" => ExportFormat.Jsonl,
        "acled-csv" or "acled" => ExportFormat.AcledCsv,
        "plover-json" or "plover" => ExportFormat.PloverJson,
        "geojson" => ExportFormat.GeoJson,
        "parquet" => ExportFormat.Parquet,
        "csv" => ExportFormat.Csv,
        _ => throw new StoreException($"unknown export format '{name}'; use jsonl, acled-csv, plover-json, geojson, parquet or csv"),
    };

    /// <summary>Writes the export and returns how many items (records or events) it holds.</summary>
    public async Task<long> WriteAsync(ExportFormat format, RecordFilter filter, Stream output, CancellationToken cancel = default) => format switch
    {
        ExportFormat.Jsonl => await WriteJsonlAsync(filter, output, cancel).ConfigureAwait(false),
        ExportFormat.AcledCsv => await WriteAcledAsync(filter, output, cancel).ConfigureAwait(false),
        ExportFormat.PloverJson => await WritePloverAsync(filter, output, cancel).ConfigureAwait(false),
        ExportFormat.GeoJson => await WriteGeoJsonAsync(filter, output, cancel).ConfigureAwait(false),
        ExportFormat.Parquet => await WriteParquetAsync(filter, output, cancel).ConfigureAwait(false),
        ExportFormat.Csv => await WriteCsvAsync(filter, output, cancel).ConfigureAwait(false),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private async Task<long> WriteJsonlAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        long n = 0;
        await foreach (var a in store.ReadAllAsync(filter, cancel).ConfigureAwait(false)) { RecordJson.WriteLine(output, a.Record); n++; }
        return n;
    }

    /// <summary>The ACLED columns, in ACLED's order and spelling.</summary>
    public static readonly string[] AcledColumns =
        ["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
         "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"];

    private async Task<long> WriteAcledAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        var mapping = PloverAcledMapping.Load(resources);
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true);
        foreach (var c in AcledColumns) csv.WriteField(c);
        csv.EndRecord();
        long n = 0;
        await foreach (var (s, evidence) in EventsWithEvidence(filter, cancel).ConfigureAwait(false))
        {
            var acled = mapping.Map(s.Event.Type, s.Event.Mode);
            if (acled is not { Include: true }) continue;
            var e = s.Event;
            string? date = s.EffectiveDate;
            var country = _countries.Value.Of(e.Location?.Id);
            csv.WriteField(AcledId(s, country));
            csv.WriteField(date);
            csv.WriteField(date is { Length: >= 4 } ? date[..4] : "");
            csv.WriteField(acled.EventType);
            csv.WriteField(acled.SubEventType);
            csv.WriteField(e.Actor1?.NameEn ?? e.Actor1?.Text ?? e.Actor1?.Id);
            csv.WriteField(e.Actor2?.NameEn ?? e.Actor2?.Text ?? e.Actor2?.Id);
            csv.WriteField(country?.Name);
            csv.WriteField(e.Location?.Admin1);
            csv.WriteField(e.Location?.NameEn ?? e.Location?.Text);
            csv.WriteField(e.Location?.Lat?.ToString("0.#####", CultureInfo.InvariantCulture));
            csv.WriteField(e.Location?.Lon?.ToString("0.#####", CultureInfo.InvariantCulture));
            csv.WriteField(GeoPrecision(e.Location?.Precision));
            csv.WriteField(s.Outlet);
            csv.WriteField(evidence);
            // ACLED writes 0 when no deaths are reported.
            csv.WriteField((e.Fatalities ?? 0).ToString(CultureInfo.InvariantCulture));
            csv.EndRecord();
            n++;
        }
        csv.Flush();
        return n;
    }

    /// <summary>ACLED's id is a country code and a number; ours is the place's ISO alpha-3 country (<c>XXX</c> when the place has none) and the event id.</summary>
    public static string AcledId(StoredEvent s, Country? country) =>
        $"{country?.Alpha3 ?? "XXX"}-{s.ArticleId.Replace(ArticleId.Prefix, "", StringComparison.Ordinal)[..12]}-{s.Ordinal}";

    /// <summary>ACLED geo_precision: 1 the town itself, 2 a part of a region or near a town, 3 a region or province.</summary>
    public static string GeoPrecision(string? precision) => precision switch
    {
        "settlement" or "neighbourhood" or "facility" => "1",
        "district" => "2",
        "governorate" or "region" or "country" => "3",
        _ => "",
    };

    private async Task<long> WritePloverAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = RecordJson.Encoder, Indented = false });
        json.WriteStartArray();
        long n = 0;
        await foreach (var (s, evidence) in EventsWithEvidence(filter, cancel).ConfigureAwait(false))
        {
            var e = s.Event;
            json.WriteStartObject();
            json.WriteString("id", s.EventId);
            json.WriteString("date", s.EffectiveDate);
            json.WriteString("event_type", e.Type);
            json.WriteString("mode", e.Mode);
            json.WriteStartArray("context");
            json.WriteEndArray();
            json.WriteString("status", e.Status);
            WriteActor(json, "actor1", e.Actor1);
            WriteActor(json, "actor2", e.Actor2);
            if (e.Location is { } p)
            {
                json.WriteStartObject("location");
                json.WriteString("name", p.NameEn ?? p.Text);
                json.WriteString("id", p.Id);
                var country = _countries.Value.Of(p.Id);
                json.WriteString("country", country?.Alpha3 ?? country?.Alpha2);
                json.WriteString("admin1", p.Admin1);
                if (p.Lat is double lat) json.WriteNumber("lat", lat); else json.WriteNull("lat");
                if (p.Lon is double lon) json.WriteNumber("lon", lon); else json.WriteNull("lon");
                json.WriteString("precision", p.Precision);
                json.WriteEndObject();
            }
            else json.WriteNull("location");
            if (e.Fatalities is int f) json.WriteNumber("fatalities", f); else json.WriteNull("fatalities");
            if (e.Quantity is int q) json.WriteNumber("quantity", q); else json.WriteNull("quantity");
            json.WriteString("attributed_to", e.AttributedTo);
            json.WriteStartObject("source");
            json.WriteString("article_id", s.ArticleId);
            json.WriteString("outlet", s.Outlet);
            json.WriteString("url", s.Url);
            json.WriteString("published", s.Published);
            json.WriteEndObject();
            json.WriteString("text", evidence);
            json.WriteEndObject();
            n++;
            if (json.BytesPending > 1 << 16) await json.FlushAsync(cancel).ConfigureAwait(false);
        }
        json.WriteEndArray();
        await json.FlushAsync(cancel).ConfigureAwait(false);
        return n;
    }

    private static void WriteActor(Utf8JsonWriter json, string name, ActorRecord? a)
    {
        if (a is null) { json.WriteNull(name); return; }
        json.WriteStartObject(name);
        json.WriteString("name", a.NameEn ?? a.Text);
        json.WriteString("id", a.Id);
        json.WriteEndObject();
    }

    private async Task<long> WriteGeoJsonAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        // The whole collection is one JSON object; features are written one by one so memory stays flat.
        var options = new JsonSerializerOptions { Encoder = RecordJson.Encoder };
        options.Converters.Add(new GeoJsonConverterFactory());
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = RecordJson.Encoder });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long n = 0;
        await foreach (var s in store.QueryEventsAsync(filter, cancel).ConfigureAwait(false))
        {
            var e = s.Event;
            if (e.Location?.Lat is not double lat || e.Location.Lon is not double lon) continue;
            var attributes = new AttributesTable
            {
                { "event_id", s.EventId }, { "type", e.Type }, { "mode", e.Mode }, { "status", e.Status }, { "date", s.EffectiveDate },
                { "actor1", e.Actor1?.Id ?? e.Actor1?.NameEn }, { "actor2", e.Actor2?.Id ?? e.Actor2?.NameEn },
                { "place", e.Location.Id ?? e.Location.NameEn }, { "admin1", e.Location.Admin1 }, { "fatalities", e.Fatalities },
                { "article_id", s.ArticleId }, { "outlet", s.Outlet },
            };
            JsonSerializer.Serialize(json, new Feature(factory.CreatePoint(new Coordinate(lon, lat)), attributes), options);
            n++;
            if (json.BytesPending > 1 << 16) await json.FlushAsync(cancel).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancel).ConfigureAwait(false);
        return n;
    }

    private async Task<long> WriteParquetAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        var rows = new List<EventRow>();
        long n = 0;
        bool append = false;
        await foreach (var (s, evidence) in EventsWithEvidence(filter, cancel).ConfigureAwait(false))
        {
            rows.Add(EventRow.From(s, evidence));
            if (rows.Count == ParquetRowGroup) { await Flush().ConfigureAwait(false); }
        }
        if (rows.Count > 0 || !append) await Flush().ConfigureAwait(false);
        return n;

        async Task Flush()
        {
            await ParquetSerializer.SerializeAsync(rows, output, new Parquet.ParquetOptions { Append = append }, null, cancel).ConfigureAwait(false);
            append = true;
            n += rows.Count;
            rows.Clear();
        }
    }

    /// <summary>Columns of the flat events CSV, the same as the Parquet schema's.</summary>
    public static readonly string[] CsvColumns =
        ["event_id", "article_id", "ordinal", "type", "mode", "status", "actor1_id", "actor1_name", "actor2_id", "actor2_name", "place_id", "place_name",
         "admin1", "latitude", "longitude", "date", "fatalities", "quantity", "attributed_to", "outlet", "published", "url", "evidence"];

    private async Task<long> WriteCsvAsync(RecordFilter filter, Stream output, CancellationToken cancel)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true);
        foreach (var c in CsvColumns) csv.WriteField(c);
        csv.EndRecord();
        long n = 0;
        static string? Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
        static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);
        await foreach (var (s, evidence) in EventsWithEvidence(filter, cancel).ConfigureAwait(false))
        {
            var r = EventRow.From(s, evidence);
            string?[] fields = [r.EventId, r.ArticleId, Int(r.Ordinal), r.Type, r.Mode, r.Status, r.Actor1Id, r.Actor1Name, r.Actor2Id, r.Actor2Name,
                r.PlaceId, r.PlaceName, r.Admin1, Num(r.Latitude), Num(r.Longitude), r.DateText, Int(r.Fatalities), Int(r.Quantity), r.AttributedTo,
                r.Outlet, s.Published, r.Url, r.Evidence];
            foreach (var f in fields) csv.WriteField(f ?? "");
            csv.EndRecord();
            n++;
        }
        csv.Flush();
        return n;
    }

    /// <summary>Events with the text of their evidence sentence, cut from the article (evidence offsets are code points).</summary>
    private async IAsyncEnumerable<(StoredEvent Event, string? Evidence)> EventsWithEvidence(RecordFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        string? lastId = null;
        Marsad.Text.CodePointMap? map = null;
        string? text = null;
        await foreach (var s in store.QueryEventsAsync(filter, cancel).ConfigureAwait(false))
        {
            if (s.ArticleId != lastId)
            {
                text = s.Record.Text;
                map = new Marsad.Text.CodePointMap(text);
                lastId = s.ArticleId;
            }
            string? evidence = null;
            if (text is not null && map is not null)
            {
                var ev = s.Event.Evidence;
                int start = map.ToUtf16(ev.Start), end = map.ToUtf16(ev.End);
                if (start >= 0 && end <= text.Length && start <= end) evidence = text[start..end].Trim();
            }
            yield return (s, evidence);
        }
    }
}
