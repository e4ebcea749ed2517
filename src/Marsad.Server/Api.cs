using System.Text;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Ingest.Html;
using Marsad.Store;
using Marsad.Store.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Marsad.Server;

/// <summary>The REST API. Every error is an RFC 9457 problem document; nothing here writes outside the store.</summary>
internal static class Api
{
    /// <summary>Largest page a client may ask for: keeps one response bounded whatever the corpus size.</summary>
    private const int MaxPageSize = 500;

    public static void MapAll(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", Search).WithSummary("Ranked articles with highlighted snippets and facet counts").RequireRateLimiting(MarsadServer.SearchPolicy);
        api.MapGet("/articles/{id}", Article).WithSummary("The full document record of one article");
        api.MapGet("/events", Events).WithSummary("Events with filters and paging");
        api.MapGet("/stories", Stories).WithSummary("Stories: articles about the same happening, with merged events");
        api.MapGet("/stories/{id}", Story).WithSummary("One story with its articles and where sources disagree");
        api.MapGet("/export", Export).WithSummary("Events or records as jsonl, acled-csv, plover-json, geojson, parquet or csv, streamed");
        api.MapPost("/extract", Extract).WithSummary("Text, JSON or an HTML page in, document record out (size-limited: 413 past the limit)");
    }

    private static RecordFilter Filter(string? actor, string? place, string? type, string? from, string? to) =>
        new() { Actor = Empty(actor), Place = Empty(place), Type = Empty(type), From = Empty(from), To = Empty(to) };

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static (int Page, int Size) Paging(int? page, int? size) => (Math.Max(1, page ?? 1), Math.Clamp(size ?? 20, 1, MaxPageSize));

    private static IResult Search(StoreHost host, string? q, string? actor, string? place, string? type, string? from, string? to, int? page, int? size)
    {
        var (p, s) = Paging(page, size);
        if (string.IsNullOrWhiteSpace(q) && actor is null && place is null && type is null && from is null && to is null)
            return Results.Problem(statusCode: 400, title: "empty search", detail: "give q (words, Lucene syntax) or a filter: actor, place, type, from, to");
        if (host.Searcher is null)
            return Results.Ok(new { total = 0, page = p, size = s, hits = Array.Empty<SearchHit>(), facets = new Dictionary<string, object>(), milliseconds = 0.0 });
        try
        {
            var result = host.Searcher.Search(new SearchRequest(string.IsNullOrWhiteSpace(q) ? "*:*" : q, Filter(actor, place, type, from, to), p * s));
            return Results.Ok(new { total = result.Total, page = p, size = s, hits = result.Hits.Skip((p - 1) * s).ToArray(), facets = result.Facets, milliseconds = result.Milliseconds });
        }
        catch (SearchSyntaxException e)
        {
            return Results.Problem(statusCode: 400, title: "query syntax error", detail: e.Message);
        }
    }

    private static async Task<IResult> Article(StoreHost host, string id, CancellationToken cancel)
    {
        var a = await host.Store.GetAsync(id, cancel).ConfigureAwait(false);
        return a is null
            ? Results.Problem(statusCode: 404, title: "no such article", detail: $"no article with key or source id '{id}'")
            : Results.Ok(new { key = a.Id, origin = a.Origin, pipeline_version = a.PipelineVersion, record = a.Record });
    }

    private static async Task<IResult> Events(StoreHost host, string? actor, string? place, string? type, string? from, string? to, string? status, int? page, int? size, CancellationToken cancel)
    {
        var (p, s) = Paging(page, size);
        var items = new List<object>(s);
        int total = 0;
        string? wantStatus = Empty(status);
        await foreach (var e in host.Store.QueryEventsAsync(Filter(actor, place, type, from, to), cancel).ConfigureAwait(false))
        {
            if (wantStatus is not null && !string.Equals(e.Event.Status, wantStatus, StringComparison.OrdinalIgnoreCase)) continue;
            total++;
            if (total > (p - 1) * s && items.Count < s)
                items.Add(new { event_id = e.EventId, article_id = e.ArticleId, outlet = e.Outlet, published = e.Published, url = e.Url, effective_date = e.EffectiveDate, @event = e.Event });
        }
        return Results.Ok(new { total, page = p, size = s, events = items });
    }

    private static async Task<IResult> Stories(StoreHost host, string? from, string? to, int? page, int? size, CancellationToken cancel)
    {
        var (p, s) = Paging(page, size);
        var all = await host.Store.ListStoriesAsync(Empty(from), Empty(to), cancel).ConfigureAwait(false);
        return Results.Ok(new { total = all.Count, page = p, size = s, stories = all.Skip((p - 1) * s).Take(s).ToArray() });
    }

    private static async Task<IResult> Story(StoreHost host, string id, CancellationToken cancel)
    {
        var story = await host.Store.GetStoryAsync(id, cancel).ConfigureAwait(false);
        return story is null ? Results.Problem(statusCode: 404, title: "no such story", detail: $"no story '{id}'") : Results.Ok(story);
    }

    private static readonly Dictionary<Marsad.Store.Exports.ExportFormat, (string ContentType, string Extension)> ExportTypes = new()
    {
        [Marsad.Store.Exports.ExportFormat.Jsonl] = ("application/x-ndjson; charset=utf-8", "jsonl"),
        [Marsad.Store.Exports.ExportFormat.AcledCsv] = ("text/csv; charset=utf-8", "csv"),
        [Marsad.Store.Exports.ExportFormat.Csv] = ("text/csv; charset=utf-8", "csv"),
        [Marsad.Store.Exports.ExportFormat.PloverJson] = ("application/json; charset=utf-8", "json"),
        [Marsad.Store.Exports.ExportFormat.GeoJson] = ("application/geo+json", "geojson"),
        [Marsad.Store.Exports.ExportFormat.Parquet] = ("application/vnd.apache.parquet", "parquet"),
    };

    /// <summary>Streams the export to the response as it is written, so memory stays flat for any corpus size.</summary>
    private static async Task<IResult> Export(HttpContext http, StoreHost host, Pipeline pipeline, string? format, string? actor, string? place, string? type, string? from, string? to, CancellationToken cancel)
    {
        Marsad.Store.Exports.ExportFormat parsed;
        try { parsed = Marsad.Store.Exports.Exporter.ParseFormat(format ?? "jsonl"); }
        catch (StoreException e) { return Results.Problem(statusCode: 400, title: "unknown export format", detail: e.Message); }
        var (contentType, extension) = ExportTypes[parsed];
        // CSV and Parquet writers write synchronously; allow it for this response only.
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"marsad-export.{extension}\"";
        var exporter = new Marsad.Store.Exports.Exporter(host.Store, pipeline.Resources, pipeline.Knowledge);
        if (parsed == Marsad.Store.Exports.ExportFormat.Parquet)
        {
            // Parquet writes its footer by seeking back; buffer it in a temp file, then stream that.
            var temp = Path.GetTempFileName();
            try
            {
                await using (var file = File.Create(temp))
                    await exporter.WriteAsync(parsed, Filter(actor, place, type, from, to), file, cancel).ConfigureAwait(false);
                await using var read = File.OpenRead(temp);
                await read.CopyToAsync(http.Response.Body, cancel).ConfigureAwait(false);
            }
            finally { File.Delete(temp); }
            return Results.Empty;
        }
        await exporter.WriteAsync(parsed, Filter(actor, place, type, from, to), http.Response.Body, cancel).ConfigureAwait(false);
        return Results.Empty;
    }

    /// <summary>
    /// Body: plain text (text/plain), JSON <c>{"text", "id"?, "published"?, "title"?, "outlet"?}</c>, or an
    /// HTML page (text/html, application/xhtml+xml) read by the ingest layer's HTML reader, so that the
    /// title, body, outlet and date come from the page as they do for <c>marsad ingest page.html</c>.
    /// Past the configured size the server answers 413 without reading the rest.
    /// </summary>
    private static async Task<IResult> Extract(HttpContext http, Pipeline pipeline, HtmlHeuristics html, ServerOptions options, CancellationToken cancel)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = options.MaxExtractBytes;
        if (http.Request.ContentLength > options.MaxExtractBytes) return TooLarge(options);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, cancel).ConfigureAwait(false);
            // Kestrel enforces the limit on its own connections; this holds for any host that does not.
            if (buffer.Length > options.MaxExtractBytes) return TooLarge(options);
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(options);
        }
        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed) ? parsed : null;
        string type = mediaType?.MediaType.Value?.ToLowerInvariant() ?? "text/plain";
        if (type is "text/html" or "application/xhtml+xml") return ExtractHtml(bytes, mediaType?.Charset.Value, pipeline, html);
        string body;
        try
        {
            body = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Results.Problem(statusCode: 400, title: "not UTF-8", detail: "send the article as UTF-8 text");
        }
        Article article;
        if (type == "application/json")
        {
            ExtractRequest? req;
            try { req = System.Text.Json.JsonSerializer.Deserialize<ExtractRequest>(body, RecordJson.Options); }
            catch (System.Text.Json.JsonException e) { return Results.Problem(statusCode: 400, title: "bad JSON", detail: e.Message); }
            if (req?.Text is not { } text || string.IsNullOrWhiteSpace(text))
                return Results.Problem(statusCode: 400, title: "no text", detail: "JSON body needs a non-empty \"text\"");
            article = new Article(req.Id ?? "api", text, "POST /api/extract") { Title = req.Title, Outlet = req.Outlet, Published = req.Published };
        }
        else
        {
            if (string.IsNullOrWhiteSpace(body)) return Results.Problem(statusCode: 400, title: "empty article", detail: "the body holds no text");
            article = new Article("api", body, "POST /api/extract");
        }
        return Results.Ok(pipeline.Process(article));
    }

    /// <summary>The page through <see cref="HtmlArticleExtractor"/> (one per request: it is not thread-safe), charset from the header, else the page.</summary>
    private static IResult ExtractHtml(byte[] bytes, string? charset, Pipeline pipeline, HtmlHeuristics heuristics)
    {
        Article article;
        try
        {
            article = new HtmlArticleExtractor(heuristics).Extract(bytes, "api", "POST /api/extract", httpCharset: charset);
        }
        catch (TimeBudgetExceededException e)
        {
            return Results.Problem(statusCode: 422, title: "page too slow to read", detail: e.Message);
        }
        if (string.IsNullOrWhiteSpace(article.Text)) return Results.Problem(statusCode: 400, title: "empty page", detail: "the page has no visible text");
        return Results.Ok(pipeline.Process(article));
    }

    private static IResult TooLarge(ServerOptions options) =>
        Results.Problem(statusCode: 413, title: "article too large", detail: $"POST /api/extract takes at most {options.MaxExtractBytes:N0} bytes");

    private sealed record ExtractRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string? Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string? Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string? Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("outlet")] string? Outlet,
        [property: System.Text.Json.Serialization.JsonPropertyName("published")] DateOnly? Published);
}
