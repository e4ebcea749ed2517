using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Marsad.Server.Tests;

[Collection("server")]
public sealed class ApiTests(ServerFixture server)
{
    private readonly HttpClient _http = new() { BaseAddress = server.Address };

    [Fact]
    public async Task Health_check_names_the_store()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.EndsWith("marsad.db", body.GetProperty("store").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_an_Arabic_word_through_a_clitic_with_snippets_and_facets()
    {
        // "دمشق" is written "بدمشق"/"ودمشق" in places: the analysis chain must still find them.
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("دمشق"));
        Assert.True(body.GetProperty("total").GetInt32() >= 4);
        var hit = body.GetProperty("hits")[0];
        Assert.Contains("<b>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("facets").ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task Many_concurrent_searches_wait_their_turn_and_all_get_the_same_answer()
    {
        // Searches run one per core and the rest queue (no 503 at a UI's or a load test's concurrency):
        // 64 at once, as bench/server/load.sh sends them, all answer, each with the lone search's result.
        var url = "/api/search?q=" + Uri.EscapeDataString("داعش");
        static string Answer(string json)
        {
            // Everything but the time the search took.
            var body = JsonDocument.Parse(json).RootElement;
            return body.GetProperty("total").GetRawText() + body.GetProperty("hits").GetRawText() + body.GetProperty("facets").GetRawText();
        }
        var alone = Answer(await _http.GetStringAsync(url));
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => _http.GetAsync(url)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var r in responses) Assert.Equal(alone, Answer(await r.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Query_syntax_error_is_a_problem_document_not_a_stack_trace()
    {
        var r = await _http.GetAsync("/api/search?q=" + Uri.EscapeDataString("دمشق AND (\"غير مغلق"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("query syntax error", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("   at ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_returns_the_full_record_and_unknown_id_is_404_problem()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/articles/000_bc91e988789b40bf");
        var record = body.GetProperty("record");
        Assert.Equal("000_bc91e988789b40bf", record.GetProperty("id").GetString());
        Assert.StartsWith("بحث", record.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("marsad.record/1", record.GetProperty("format").GetString());
        var missing = await _http.GetAsync("/api/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Events_endpoint_pages_and_filters()
    {
        var all = await _http.GetFromJsonAsync<JsonElement>("/api/events?size=5");
        Assert.True(all.GetProperty("events").GetArrayLength() <= 5);
        Assert.Equal(5, all.GetProperty("size").GetInt32());
        var none = await _http.GetFromJsonAsync<JsonElement>("/api/events?type=SANCTION&actor=actor:nobody");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Extract_takes_text_and_returns_a_record_with_offsets_into_it()
    {
        const string text = "قصفت قوات النظام مدينة دوما أمس.";
        var r = await _http.PostAsync("/api/extract", new StringContent(text, Encoding.UTF8, "text/plain"));
        r.EnsureSuccessStatusCode();
        var record = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(text, record.GetProperty("text").GetString());
        foreach (var e in record.GetProperty("entities").EnumerateArray())
            Assert.InRange(e.GetProperty("end").GetInt32(), e.GetProperty("start").GetInt32() + 1, text.Length);
    }

    [Fact]
    public async Task Extract_past_the_size_limit_is_413()
    {
        var big = new string('ب', (int)server.Options.MaxExtractBytes);
        var r = await _http.PostAsync("/api/extract", new StringContent(big, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    private static byte[] SharedPage(string name) => File.ReadAllBytes(Marsad.Tests.Shared.SharedData.Path("html", "arabic", name, "source.html")!);

    private static string Span(JsonElement record, JsonElement span) =>
        span.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!
            : record.GetProperty("text").GetString()![span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];

    [SkippableFact]
    public async Task Extract_reads_an_Arabic_HTML_page_as_ingest_does()
    {
        Skip.IfNot(Marsad.Tests.Shared.SharedData.Available, Marsad.Tests.Shared.SharedData.MissingReason);
        // A real CNN Arabic page (29 KB, under the fixture's 64 KB limit): headline, outlet and story paragraphs come from the page.
        var page = SharedPage("cnn-arabic-2013-08-03-syria-clashes");
        var r = await _http.PostAsync("/api/extract", new ByteArrayContent(page) { Headers = { ContentType = new("text/html") { CharSet = "utf-8" } } });
        r.EnsureSuccessStatusCode();
        var record = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", Span(record, record.GetProperty("title")));
        Assert.Equal("CNNArabic", record.GetProperty("outlet").GetString());
        var text = record.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<div", text, StringComparison.Ordinal);
        var body = string.Join("\n", record.GetProperty("body").EnumerateArray().Select(b => Span(record, b)));
        Assert.Contains("سيطروا على ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون", body, StringComparison.Ordinal);
        // Entities are found in the page's text, not in its markup.
        Assert.Contains(record.GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("دمشق", StringComparison.Ordinal));
        // The page gives its date only in its URL: nothing is read, nothing guessed.
        Assert.Equal(JsonValueKind.Null, record.GetProperty("published").ValueKind);
    }

    [SkippableFact]
    public async Task Extract_takes_the_date_and_outlet_from_the_page_and_keeps_the_size_limit_for_HTML()
    {
        Skip.IfNot(Marsad.Tests.Shared.SharedData.Available, Marsad.Tests.Shared.SharedData.MissingReason);
        var page = SharedPage("bbc-arabic-2024-03-03-aaron-bushnell");
        // 600 KB of page: past the fixture's 64 KB limit it is refused before it is read.
        var refused = await _http.PostAsync("/api/extract", new ByteArrayContent(page) { Headers = { ContentType = new("text/html") } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Under a limit that holds it, the page's own metadata fills the record.
        var (app, host, address) = await ServerRunner.StartAsync(server.Options with { MaxExtractBytes = 1024 * 1024 });
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(3) };
            var r = await http.PostAsync("/api/extract", new ByteArrayContent(page) { Headers = { ContentType = new("text/html") } });
            r.EnsureSuccessStatusCode();
            var record = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("2024-03-03", record.GetProperty("published").GetString());
            Assert.Equal("BBC News عربي", record.GetProperty("outlet").GetString());
            Assert.Contains("آرون بوشنيل", Span(record, record.GetProperty("title")), StringComparison.Ordinal);
            Assert.NotEmpty(record.GetProperty("body").EnumerateArray());
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("jsonl", "application/x-ndjson")]
    [InlineData("acled-csv", "text/csv")]
    [InlineData("geojson", "application/geo+json")]
    [InlineData("plover-json", "application/json")]
    [InlineData("parquet", "application/vnd.apache.parquet")]
    public async Task Export_streams_each_format_with_its_content_type(string format, string mediaType)
    {
        var r = await _http.GetAsync($"/api/export?format={format}");
        r.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, r.Content.Headers.ContentType?.MediaType);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        if (format == "parquet") Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        if (format == "acled-csv") Assert.StartsWith("event_id_cnty", System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), StringComparison.Ordinal);
        if (format == "jsonl") Assert.Equal(8, System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Unknown_export_format_is_a_400_problem()
    {
        var r = await _http.GetAsync("/api/export?format=xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Stories_list_and_story_detail_agree()
    {
        var list = await _http.GetFromJsonAsync<JsonElement>("/api/stories");
        Assert.True(list.GetProperty("total").GetInt32() >= 1);
        var id = list.GetProperty("stories")[0].GetProperty("id").GetString()!;
        var story = await _http.GetFromJsonAsync<JsonElement>("/api/stories/" + Uri.EscapeDataString(id));
        Assert.Equal(id, story.GetProperty("id").GetString());
        Assert.True(story.GetProperty("articles").GetArrayLength() >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/stories/no-such-story")).StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy()
    {
        var r = await _http.GetAsync("/");
        r.EnsureSuccessStatusCode();
        var csp = string.Join(' ', r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenAPI_document_lists_the_endpoints()
    {
        var doc = await _http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/search", "/api/articles/{id}", "/api/events", "/api/stories", "/api/extract" })
            Assert.True(paths.TryGetProperty(p, out _), p);
    }
}
