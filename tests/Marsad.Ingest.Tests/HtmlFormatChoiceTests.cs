using System.IO.Compression;
using System.Text;
using Marsad.Ingest.Sources;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>The registry picks the page, feed and archive readers by content, and sources read them from disk.</summary>
public sealed class HtmlFormatChoiceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("<!doctype html><html><body><p>نص</p></body></html>", "page.txt", "html")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>", "feed.html", "rss")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "feed", "atom")]
    [InlineData("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.bin", "warc")]
    [InlineData("خبر عاجل: سقوط قذائف على دمشق.", "news.html", "text")]
    public void Reader_is_chosen_by_content(string head, string path, string expected) =>
        Assert.Equal(expected, FormatRegistry.CreateDefault().Choose(path, Utf8(head)).Name);

    [Fact]
    public void Saved_page_on_disk_reads_with_its_layout()
    {
        var path = Path.Combine(_dir, "page.html");
        File.WriteAllText(path, Fixture("news-page-ar.html"));
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(ArticleSources.Open([path]))).Article;
        Assert.Equal("page", article.Id);
        Assert.Equal(5, article.Layout!.Body.Count);
    }

    [Fact]
    public void Gzipped_warc_on_disk_reads_every_html_response()
    {
        var page = Utf8("<html><body><p>قصفت الطائرات بلدة كفرنبل.</p></body></html>");
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {page.Length}\r\n\r\n").Concat(page).ToArray();
        var record = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/k\r\nWARC-Date: 2019-05-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n").Concat(http).Concat("\r\n\r\n"u8.ToArray()).ToArray();
        var path = Path.Combine(_dir, "crawl.warc.gz");
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        {
            gz.Write(record);
            gz.Write(record);
        }
        var articles = ArticleSources.Open([path]).Select(r => Assert.IsType<ReadResult.Read>(r).Article).ToList();
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal("https://example.org/k", a.Url));
        Assert.Equal([path + "#1", path + "#2"], articles.Select(a => a.Origin));
    }
}
