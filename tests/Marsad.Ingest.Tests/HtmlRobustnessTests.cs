using System.Text;
using Marsad.Ingest.Formats;
using Marsad.Ingest.Html;
using Marsad.Tests.Shared;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Inputs that must neither crash nor hang a run.</summary>
public class HtmlRobustnessTests
{
    [Fact]
    public void Html_nested_ten_thousand_deep_is_read()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) html.Append("<div>");
        html.Append("<p>سقطت قذيفة هاون على حي الميدان في دمشق.</p>");
        for (int i = 0; i < 10_000; i++) html.Append("</div>");
        html.Append("</body></html>");
        var result = Assert.Single(new HtmlReader().Read(new MemoryStream(Utf8(html.ToString())), "deep.html"));
        var article = Assert.IsType<ReadResult.Read>(result).Article;
        Assert.Equal("سقطت قذيفة هاون على حي الميدان في دمشق.", article.Text);
        Assert.Equal("سقطت قذيفة هاون على حي الميدان في دمشق.", Body(article));
    }

    [Fact]
    public void Inline_elements_nested_ten_thousand_deep_are_read()
    {
        var html = new StringBuilder("<p>");
        for (int i = 0; i < 10_000; i++) html.Append("<span><b>");
        html.Append("نص عميق.");
        var a = ExtractHtml(html.ToString());
        Assert.Equal("نص عميق.", a.Text);
    }

    [Fact]
    public void Nul_bytes_are_dropped_not_fatal()
    {
        var bytes = Utf8("<html><body><p>قصف\0 على\0\0 حلب.</p></body></html>");
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(new HtmlReader().Read(new MemoryStream(bytes), "nul.html"))).Article;
        Assert.DoesNotContain('\0', article.Text);
        Assert.Equal("قصف على حلب.", article.Text);
    }

    [Fact]
    public void Windows_1256_page_with_meta_charset_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta charset=\"windows-1256\"></head><body><p>اشتباكات في ريف إدلب الجنوبي.</p></body></html>";
        var bytes = Encoding.GetEncoding(1256).GetBytes(html);
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(new HtmlReader().Read(new MemoryStream(bytes), "old.htm"))).Article;
        Assert.Equal("اشتباكات في ريف إدلب الجنوبي.", article.Text);
    }

    [Fact]
    public void Mixed_encodings_decode_without_failing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // A UTF-8 page into which a windows-1256 fragment was pasted: not valid UTF-8 any more.
        var bytes = Utf8("<html><body><p>دمشق</p><p>").Concat(Encoding.GetEncoding(1256).GetBytes("حلب")).Concat(Utf8("</p></body></html>")).ToArray();
        var result = Assert.Single(new HtmlReader().Read(new MemoryStream(bytes), "mixed.html"));
        // Neither UTF-8 nor clean windows-1256: the decoder either vouches for a legacy reading or
        // refuses the page with a reason; it never throws and never passes mojibake off silently.
        if (result is ReadResult.Failed failed) Assert.Contains("not valid UTF-8", failed.Reason);
        else Assert.Contains("حلب", Assert.IsType<ReadResult.Read>(result).Article.Text);
    }

    [Theory]
    [InlineData("utf-7")]   // .NET refuses it with NotSupportedException
    [InlineData("ibm037")]  // EBCDIC: would turn an ASCII page into garbage
    [InlineData("utf-16")]  // a label read from ASCII bytes cannot be true
    [InlineData("no-such-charset")]
    public void Impossible_charset_labels_are_ignored(string label)
    {
        var bytes = Utf8($"<html><head><meta charset=\"{label}\"></head><body><p>غارات على ريف حلب.</p></body></html>");
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(new HtmlReader().Read(new MemoryStream(bytes), "x.html"))).Article;
        Assert.Equal("غارات على ريف حلب.", article.Text);
    }

    [Fact]
    public void Fifty_megabyte_page_is_cut_by_its_budget()
    {
        var paragraph = Utf8("<p>وقالت مصادر محلية إن القصف استهدف الأحياء السكنية في المدينة صباح اليوم.</p>\n");
        var page = new MemoryStream();
        page.Write(Utf8("<html><body>"));
        while (page.Length < 50L * 1024 * 1024) page.Write(paragraph);
        page.Write(Utf8("</body></html>"));
        page.Position = 0;
        // Each reading of this clock moves it a second: the 3 s budget is spent after the parse, before
        // the 600,000 paragraphs are rendered, however fast or loaded the machine is.
        var options = new HtmlReadOptions { TimeBudget = TimeSpan.FromSeconds(3), Clock = new SteppingClock(TimeSpan.FromSeconds(1)) };
        var result = Assert.Single(new HtmlReader(options).Read(page, "huge.html"));
        var failed = Assert.IsType<ReadResult.Failed>(result);
        Assert.Equal("huge.html", failed.Origin);
        Assert.StartsWith("time budget exceeded during", failed.Reason);
        Assert.Contains("--time-budget", failed.Reason);
    }

    [Fact]
    public void Page_within_its_budget_is_read()
    {
        // The clock moves a millisecond per reading: a page checked a few hundred times stays inside 10 s.
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) html.Append("<div><p>فقرة من النص رقم ").Append(i).Append(".</p></div>");
        var options = new HtmlReadOptions { TimeBudget = TimeSpan.FromSeconds(10), Clock = new SteppingClock(TimeSpan.FromMilliseconds(1)) };
        var article = Assert.IsType<ReadResult.Read>(Assert.Single(new HtmlReader(options).Read(new MemoryStream(Utf8(html.ToString())), "long.html"))).Article;
        Assert.Contains("فقرة من النص رقم 19999.", article.Text);
    }

    [Fact]
    public void Page_over_the_size_limit_is_one_failure()
    {
        var options = new HtmlReadOptions { MaxPageBytes = 1000 };
        var result = Assert.Single(new HtmlReader(options).Read(new MemoryStream(new byte[5000]), "big.html"));
        var failed = Assert.IsType<ReadResult.Failed>(result);
        Assert.Equal("big.html", failed.Origin);
        Assert.Contains("larger than", failed.Reason);
    }

    [Fact]
    public void Exhausted_time_budget_is_reported_as_a_failure()
    {
        var html = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) html.Append("<div><p>فقرة من النص رقم ").Append(i).Append(".</p></div>");
        var options = new HtmlReadOptions { TimeBudget = TimeSpan.FromTicks(1), Clock = new SteppingClock(TimeSpan.FromTicks(1)) };
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(new HtmlReader(options).Read(new MemoryStream(Utf8(html.ToString())), "slow.html")));
        Assert.Equal("slow.html", failed.Origin);
        Assert.StartsWith("time budget exceeded", failed.Reason);
    }

    [Fact]
    public void Empty_page_is_one_failure()
    {
        var failed = Assert.IsType<ReadResult.Failed>(Assert.Single(new HtmlReader().Read(new MemoryStream(Utf8("<html><body><script>x()</script></body></html>")), "empty.html")));
        Assert.Equal("page has no visible text", failed.Reason);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", "x.txt", true)]
    [InlineData("\uFEFF  <!-- saved page --><html lang=\"ar\">", "x", true)]
    [InlineData("<div>نص</div>", "x.dat", true)]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\">", "x.html", false)]
    [InlineData("{\"text\": \"<p>\"}", "x.jsonl", false)]
    [InlineData("خبر عاجل: <b>قصف</b>", "x.html", true)]
    [InlineData("خبر عاجل: <b>قصف</b>", "x.txt", false)]
    public void Html_is_recognised_by_content_first(string head, string path, bool expected) =>
        Assert.Equal(expected, new HtmlReader().CanRead(path, Utf8(head)));
}
