using System.IO.Compression;
using System.Text;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

public class JsonLinesReaderTests
{
    private static List<ReadResult> Read(string content, string origin = "feeds/news.jsonl", SourceOptions? options = null) =>
        new JsonLinesReader(options ?? SourceOptions.Default).Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), origin).ToList();

    [Fact]
    public void Fields_become_article_metadata()
    {
        var r = Read("""{"id":"snn-1","text":"وصل الوفد الروسي إلى دمشق.","title":"وفد روسي","published":"2018-04-12T10:00:00+03:00","url":"https://example.org/a","outlet":"صوت العاصمة","author":"مراسل"}""");
        var a = Assert.IsType<ReadResult.Read>(Assert.Single(r)).Article;
        Assert.Equal(("snn-1", "وصل الوفد الروسي إلى دمشق.", "وفد روسي", new DateOnly(2018, 4, 12), "https://example.org/a", "صوت العاصمة", "مراسل"),
            (a.Id, a.Text, a.Title, a.Published!.Value, a.Url, a.Outlet, a.Author));
        Assert.Equal("feeds/news.jsonl:1", a.Origin);
    }

    [Fact]
    public void Missing_id_is_file_and_line()
    {
        var r = Read("\n{\"text\":\"دمشق\"}\n");
        Assert.Equal("news:2", Assert.IsType<ReadResult.Read>(Assert.Single(r)).Article.Id);
    }

    [Fact]
    public void Numeric_id_is_kept_as_written() =>
        Assert.Equal("42", Assert.IsType<ReadResult.Read>(Assert.Single(Read("{\"id\":42,\"text\":\"دمشق\"}"))).Article.Id);

    [Fact]
    public void Malformed_line_fails_alone()
    {
        var r = Read("{\"text\":\"حلب\"}\n{\"text\": \"دمشق\"\n{\"text\":\"حمص\"}\n");
        Assert.Equal(3, r.Count);
        var failed = Assert.IsType<ReadResult.Failed>(r[1]);
        Assert.Equal("feeds/news.jsonl:2", failed.Origin);
        Assert.StartsWith("malformed JSON: ", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", failed.Reason, StringComparison.Ordinal);
        Assert.Equal("حمص", Assert.IsType<ReadResult.Read>(r[2]).Article.Text);
    }

    [Fact]
    public void Record_without_text_fails() =>
        Assert.Equal("no \"text\" string field", Assert.IsType<ReadResult.Failed>(Assert.Single(Read("{\"id\":\"x\",\"body\":\"دمشق\"}"))).Reason);

    [Fact]
    public void Record_with_empty_text_fails() =>
        Assert.Equal("empty article (only white space)", Assert.IsType<ReadResult.Failed>(Assert.Single(Read("{\"text\":\"  \\n \"}"))).Reason);

    [Fact]
    public void Non_object_line_fails() =>
        Assert.Equal("expected a JSON object, found array", Assert.IsType<ReadResult.Failed>(Assert.Single(Read("[\"دمشق\"]"))).Reason);

    [Fact]
    public void Wrongly_typed_field_fails() =>
        Assert.Equal("\"published\" must be a string", Assert.IsType<ReadResult.Failed>(Assert.Single(Read("{\"text\":\"دمشق\",\"published\":2018}"))).Reason);

    [Fact]
    public void Gold_record_title_span_is_ignored()
    {
        var a = Assert.IsType<ReadResult.Read>(Assert.Single(Read("{\"id\":\"g\",\"text\":\"عنوان\\n\\nنص.\",\"title\":{\"start\":0,\"end\":5},\"outlet\":null}"))).Article;
        Assert.Null(a.Title);
        Assert.Null(a.Outlet);
    }

    [Fact]
    public void Line_over_the_cap_fails_and_the_next_is_read()
    {
        var big = "{\"text\":\"" + new string('د', 2000) + "\"}";
        var r = Read(big + "\n{\"text\":\"دمشق\"}\n", options: new SourceOptions { MaxBytes = 1000 });
        Assert.Equal("record larger than the 1000-byte cap (raise it with --max-bytes)", Assert.IsType<ReadResult.Failed>(r[0]).Reason);
        Assert.Equal("دمشق", Assert.IsType<ReadResult.Read>(r[1]).Article.Text);
    }

    [Fact]
    public void Crlf_line_ends_and_bom_are_accepted()
    {
        var r = Read("\uFEFF{\"text\":\"حلب\"}\r\n{\"text\":\"دمشق\"}\r\n");
        Assert.Equal(["حلب", "دمشق"], r.Select(x => Assert.IsType<ReadResult.Read>(x).Article.Text));
    }

    [Fact]
    public void Windows_1256_line_is_decoded()
    {
        Encodings.CodePages.EnsureRegistered();
        var bytes = Encoding.GetEncoding(1256).GetBytes("{\"text\":\"قالت وسائل إعلام روسية إن تنظيم داعش سينسحب من مخيم اليرموك\"}\n");
        var r = new JsonLinesReader().Read(new MemoryStream(bytes), "legacy.jsonl").ToList();
        Assert.Equal("قالت وسائل إعلام روسية إن تنظيم داعش سينسحب من مخيم اليرموك", Assert.IsType<ReadResult.Read>(Assert.Single(r)).Article.Text);
    }

    [Fact]
    public void Empty_file_is_one_failure() =>
        Assert.Equal("empty file (no JSON Lines records)", Assert.IsType<ReadResult.Failed>(Assert.Single(Read("\n\n"))).Reason);

    [Fact]
    public void Gzipped_jsonl_is_read_through_article_sources_with_ids_from_the_stem()
    {
        using var dir = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("{\"text\":\"حلب\"}\n{\"text\":\"دمشق\"}\n"));
        var path = dir.File("feed.jsonl.gz", buffer.ToArray());
        var ids = ArticleSources.Open([path]).Select(r => Assert.IsType<ReadResult.Read>(r).Article.Id).ToArray();
        Assert.Equal(["feed:1", "feed:2"], ids);
    }

    [Fact]
    public void Big_jsonl_file_is_not_held_to_the_document_cap()
    {
        using var dir = new TempFolder();
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"id\":\"{i}\",\"text\":\"وصل الوفد الروسي إلى دمشق.\"}}\n"));
        var path = dir.File("many.jsonl", lines);
        var results = ArticleSources.Open([path], new SourceOptions { MaxBytes = 1000 }).ToList();
        Assert.Equal(200, results.OfType<ReadResult.Read>().Count());
    }
}
