using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Marsad.Ingest.Formats;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>WARC archives: every HTML response record one article; broken records one failure each.</summary>
public class WarcReaderTests
{
    static WarcReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Page1 = "<html><head><meta property=\"article:published_time\" content=\"2018-04-07\"></head><body><h1>هجوم كيميائي على دوما</h1><p>أفاد ناشطون بمقتل عشرات المدنيين في مدينة دوما.</p></body></html>";
    private const string Page2 = "<html><body><p>قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب.</p></body></html>";

    private static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response", string? lengthOverride = null)
    {
        var head = new StringBuilder("WARC/1.0\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: 2018-04-08T06:30:00Z\r\n");
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(lengthOverride ?? block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Http(string status, string contentType, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Archive() =>
    [
        .. Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields"),
        .. Record("request", "https://example.org/a", "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
        .. Record("response", "https://example.org/a", Http("200 OK", "text/html; charset=utf-8", Utf8(Page1))),
        .. Record("response", "https://example.org/logo.png", Http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47])),
        .. Record("response", "https://example.org/old", Http("301 Moved Permanently", "text/html", Utf8("<a href=/new>moved</a>"))),
        .. Record("response", "http://example.org/b", Http("200 OK", "text/html; charset=windows-1256", Encoding.GetEncoding(1256).GetBytes(Page2))),
    ];

    private static List<ReadResult> Read(byte[] bytes, string origin = "crawl.warc") => ReadAll(new WarcReader(), bytes, origin);

    [Fact]
    public void Html_responses_become_articles_with_target_uri()
    {
        var articles = Read(Archive()).Select(r => Assert.IsType<ReadResult.Read>(r).Article).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("https://example.org/a", articles[0].Url);
        Assert.Equal("crawl.warc#3", articles[0].Origin);
        Assert.Equal("crawl#3", articles[0].Id);
        Assert.Equal("أفاد ناشطون بمقتل عشرات المدنيين في مدينة دوما.", Body(articles[0]));
        Assert.Equal("هجوم كيميائي على دوما", articles[0].Title);
    }

    [Fact]
    public void Page_date_wins_over_capture_date_which_stands_in_when_the_page_has_none()
    {
        var articles = Read(Archive()).Select(r => ((ReadResult.Read)r).Article).ToList();
        Assert.Equal(new DateOnly(2018, 4, 7), articles[0].Published);
        Assert.Equal(new DateOnly(2018, 4, 8), articles[1].Published);
    }

    [Fact]
    public void Http_header_charset_is_respected()
    {
        var second = ((ReadResult.Read)Read(Archive())[1]).Article;
        Assert.Equal("http://example.org/b", second.Url);
        Assert.Equal("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب.", second.Text);
    }

    [Fact]
    public void Gzipped_archive_with_one_member_per_record_is_read()
    {
        var gz = new MemoryStream();
        foreach (var record in new[] { Archive() })
        {
            using var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true);
            z.Write(record);
        }
        Assert.Equal(2, Read(gz.ToArray(), "crawl.warc.gz").OfType<ReadResult.Read>().Count());
    }

    [Fact]
    public void Broken_record_is_one_failure_and_the_rest_goes_on()
    {
        byte[] bytes =
        [
            .. Record("response", "https://example.org/a", Http("200 OK", "text/html", Utf8(Page1)), lengthOverride: "12x"),
            .. Record("response", "http://example.org/b", Http("200 OK", "text/html", Utf8(Page2))),
        ];
        var results = Read(bytes);
        Assert.Equal(2, results.Count);
        var failed = Assert.IsType<ReadResult.Failed>(results[0]);
        Assert.Equal("crawl.warc#1", failed.Origin);
        Assert.Equal("Content-Length '12x' is not a number", failed.Reason);
        var read = Assert.IsType<ReadResult.Read>(results[1]);
        Assert.Equal("crawl.warc#2", read.Article.Origin);
    }

    [Fact]
    public void Garbage_between_records_is_skipped_to_the_next_record()
    {
        byte[] bytes = [.. "this is not a WARC header\r\nnor this\r\n"u8, .. Record("response", "http://example.org/b", Http("200 OK", "text/html", Utf8(Page2)))];
        var results = Read(bytes);
        Assert.Equal(2, results.Count);
        Assert.StartsWith("expected a 'WARC/1.x' version line", Assert.IsType<ReadResult.Failed>(results[0]).Reason);
        Assert.IsType<ReadResult.Read>(results[1]);
    }

    [Fact]
    public void Record_cut_short_by_the_end_of_the_file_is_one_failure()
    {
        var archive = Archive();
        var cut = archive[..(archive.Length - 60)];
        var results = Read(cut);
        Assert.IsType<ReadResult.Read>(results[0]);
        var failed = Assert.IsType<ReadResult.Failed>(results[^1]);
        Assert.Equal("crawl.warc#6", failed.Origin);
        Assert.StartsWith("file ends inside the record", failed.Reason);
    }

    [Fact]
    public void Truncated_gzip_yields_the_records_before_the_cut_and_no_exception()
    {
        var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Archive());
        var truncated = gz.ToArray()[..(int)(gz.Length * 2 / 3)];
        List<ReadResult> results = [];
        var ex = Xunit.Record.Exception(() => results = Read(truncated, "crawl.warc.gz"));
        // The reader may end with a failure record, or the gzip stream may raise an IOException that
        // ArticleSources turns into one failure for the input; it must not be anything else.
        Assert.True(ex is null or IOException or InvalidDataException, ex?.ToString());
        Assert.DoesNotContain(results, r => r is ReadResult.Read read && read.Article.Url == "http://example.org/b");
    }

    [Fact]
    public void Chunked_and_gzip_encoded_bodies_are_decoded()
    {
        var gzBody = new MemoryStream();
        using (var z = new GZipStream(gzBody, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Utf8(Page2));
        var body = gzBody.ToArray();
        var chunked = new MemoryStream();
        chunked.Write(Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"));
        chunked.Write(body);
        chunked.Write("\r\n0\r\n\r\n"u8);
        byte[] http = [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"u8, .. chunked.ToArray()];
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(Read(Record("response", "http://example.org/b", http)))).Article;
        Assert.Equal("قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب.", article.Text);
    }

    [Theory]
    [InlineData("WARC/1.0\r\nWARC-Type: warcinfo", "x", true)]
    [InlineData("WARC/1.1\r\n", "-", true)]
    [InlineData("<html>", "x.warc", false)]
    public void Warc_is_recognised_by_its_version_line(string head, string path, bool expected) =>
        Assert.Equal(expected, new WarcReader().CanRead(path, Encoding.ASCII.GetBytes(head)));

    [Fact]
    public void Random_bytes_never_throw_and_every_result_is_well_formed() =>
        HtmlPropertyTests.Run(300, Prop.ForAll(ArbMap.Default.GeneratorFor<byte[]>().ToArbitrary(), bytes =>
        {
            byte[] input = [.. "WARC/1.0\r\n"u8, .. bytes];
            return Read(input).All(r => r is ReadResult.Failed { Reason.Length: > 0 } f && f.Origin.StartsWith("crawl.warc#", StringComparison.Ordinal)
                || (r is ReadResult.Read read && LayoutIsWellFormed(read.Article)));
        }));

    [Fact]
    public void Random_html_in_records_never_throws() =>
        HtmlPropertyTests.Run(200, Prop.ForAll(HtmlPropertyTests.TagSoup(), soup =>
        {
            var bytes = Record("response", "http://example.org/r", Http("200 OK", "text/html", Utf8(soup)));
            var results = Read(bytes);
            return results.Count <= 1 && results.All(r => r is ReadResult.Failed || (r is ReadResult.Read read && LayoutIsWellFormed(read.Article)));
        }));
}
