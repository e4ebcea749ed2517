using FsCheck;
using FsCheck.Fluent;
using Marsad.Ingest.Formats;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>RSS 2.0 and Atom feeds: one article per item, with its title, link, date and rendered content.</summary>
public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
        <channel>
          <title>عنب بلدي</title>
          <link>https://www.enabbaladi.net</link>
          <item>
            <title>قصف جوي على مدينة دوما في الغوطة الشرقية</title>
            <link>https://www.enabbaladi.net/archives/210001</link>
            <guid isPermaLink="false">https://www.enabbaladi.net/?p=210001</guid>
            <pubDate>Tue, 20 Feb 2018 21:15:00 +0300</pubDate>
            <dc:creator>فريق التحرير</dc:creator>
            <media:content url="https://example.com/a.jpg" medium="image"/>
            <description>ملخص قصير.</description>
            <content:encoded><![CDATA[<p>قتل عشرة مدنيين في قصف جوي استهدف مدينة دوما.</p><p>وقال الدفاع المدني إن <b>فرقه</b> انتشلت الجثث.</p><script>bad()</script>]]></content:encoded>
          </item>
          <item>
            <title>هدنة إنسانية لخمس ساعات</title>
            <link>https://www.enabbaladi.net/archives/210050</link>
            <pubDate>Wed, 28 Feb 2018 08:00:00 GMT</pubDate>
            <description>&lt;p&gt;أعلنت روسيا هدنة يومية من التاسعة صباحا.&lt;/p&gt;</description>
          </item>
        </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>المرصد</title>
          <entry>
            <title>اشتباكات في ريف حماة الشمالي</title>
            <link rel="alternate" href="https://example.org/news/1"/>
            <link rel="enclosure" href="https://example.org/news/1.mp3"/>
            <id>tag:example.org,2018:1</id>
            <published>2018-03-01T10:00:00+02:00</published>
            <updated>2018-03-02T10:00:00+02:00</updated>
            <author><name>أحمد</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>دارت اشتباكات عنيفة قرب بلدة اللطامنة.</p></div></content>
          </entry>
          <entry>
            <title>تقرير جديد</title>
            <updated>2018-03-05T00:00:00Z</updated>
            <summary type="text">نص &lt;عادي&gt; بلا وسوم.</summary>
          </entry>
        </feed>
        """;

    private static List<Article> Articles(Sources.IFormatReader reader, string xml, string origin) =>
        ReadAll(reader, Utf8(xml), origin).Select(r => Assert.IsType<ReadResult.Read>(r).Article).ToList();

    [Fact]
    public void Rss_items_become_articles_with_title_link_date_and_author()
    {
        var items = Articles(new RssReader(), Rss, "feed.xml");
        Assert.Equal(2, items.Count);
        var first = items[0];
        Assert.Equal("قصف جوي على مدينة دوما في الغوطة الشرقية", first.Title);
        Assert.Equal("https://www.enabbaladi.net/archives/210001", first.Url);
        Assert.Equal(new DateOnly(2018, 2, 20), first.Published); // the outlet's own calendar day (+0300)
        Assert.Equal("فريق التحرير", first.Author);
        Assert.Equal("عنب بلدي", first.Outlet);
        Assert.Equal("feed.xml#1", first.Origin);
        Assert.Equal("https://www.enabbaladi.net/?p=210001", first.Id);
    }

    [Fact]
    public void Rss_content_html_is_rendered_as_text_under_the_headline()
    {
        var first = Articles(new RssReader(), Rss, "feed.xml")[0];
        Assert.Equal("قصف جوي على مدينة دوما في الغوطة الشرقية\nقتل عشرة مدنيين في قصف جوي استهدف مدينة دوما.\nوقال الدفاع المدني إن فرقه انتشلت الجثث.", first.Text);
        Assert.Equal(first.Title, first.Layout!.Title!.Value.Of(first.Text));
        Assert.Equal(["قتل عشرة مدنيين في قصف جوي استهدف مدينة دوما.", "وقال الدفاع المدني إن فرقه انتشلت الجثث."], first.Layout.Body.Select(s => s.Of(first.Text)));
    }

    [Fact]
    public void Rss_description_with_escaped_html_is_rendered()
    {
        var second = Articles(new RssReader(), Rss, "feed.xml")[1];
        Assert.Equal(new DateOnly(2018, 2, 28), second.Published);
        Assert.Equal("أعلنت روسيا هدنة يومية من التاسعة صباحا.", Body(second));
        Assert.Equal("feed.xml#2", second.Origin);
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_published_date_and_xhtml_content()
    {
        var entries = Articles(new AtomReader(), Atom, "atom.xml");
        Assert.Equal(2, entries.Count);
        var first = entries[0];
        Assert.Equal("https://example.org/news/1", first.Url);
        Assert.Equal(new DateOnly(2018, 3, 1), first.Published);
        Assert.Equal("أحمد", first.Author);
        Assert.Equal("المرصد", first.Outlet);
        Assert.Equal("tag:example.org,2018:1", first.Id);
        Assert.Equal("دارت اشتباكات عنيفة قرب بلدة اللطامنة.", Body(first));
    }

    [Fact]
    public void Atom_text_content_is_taken_literally_and_updated_stands_in_for_published()
    {
        var second = Articles(new AtomReader(), Atom, "atom.xml")[1];
        Assert.Equal("نص <عادي> بلا وسوم.", Body(second));
        Assert.Equal(new DateOnly(2018, 3, 5), second.Published);
    }

    [Fact]
    public void Broken_feed_keeps_the_items_before_the_fault_and_reports_one_failure()
    {
        var broken = Rss.Replace("<title>هدنة إنسانية لخمس ساعات</title>", "<title>هدنة إنسانية</titel>", StringComparison.Ordinal);
        var results = ReadAll(new RssReader(), Utf8(broken), "broken.xml");
        Assert.Equal(2, results.Count);
        Assert.IsType<ReadResult.Read>(results[0]);
        var failed = Assert.IsType<ReadResult.Failed>(results[1]);
        Assert.Equal("broken.xml#2", failed.Origin);
        Assert.Contains("not well-formed", failed.Reason);
    }

    [Fact]
    public void Doctype_with_external_entities_is_not_resolved()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>t</title><description>&x;</description></item></channel></rss>""";
        var results = ReadAll(new RssReader(), Utf8(xxe), "xxe.xml");
        Assert.DoesNotContain(results, r => r is ReadResult.Read read && read.Article.Text.Contains("root:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", true, false)]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", true, false)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", false, true)]
    [InlineData("<html><body><rss>", false, false)]
    public void Feeds_are_recognised_by_their_root_element(string head, bool rss, bool atom)
    {
        Assert.Equal(rss, new RssReader().CanRead("x", Utf8(head)));
        Assert.Equal(atom, new AtomReader().CanRead("x", Utf8(head)));
    }

    [Fact]
    public void Random_bytes_never_throw_and_every_result_is_well_formed() =>
        HtmlPropertyTests.Run(300, Prop.ForAll(ArbMap.Default.GeneratorFor<byte[]>().ToArbitrary(), bytes =>
        {
            var results = ReadAll(new RssReader(), bytes, "f.xml");
            return results.All(r => r is ReadResult.Failed { Reason.Length: > 0 } || (r is ReadResult.Read read && LayoutIsWellFormed(read.Article)));
        }));

    [Fact]
    public void Random_items_never_throw_and_every_result_is_well_formed() =>
        HtmlPropertyTests.Run(300, Prop.ForAll(HtmlPropertyTests.TagSoup(), soup =>
        {
            var xml = "<rss><channel><item><title>" + System.Security.SecurityElement.Escape(soup) + "</title><description><![CDATA[" + soup.Replace("]]>", "", StringComparison.Ordinal) + "]]></description></item>" + soup + "</channel></rss>";
            var results = ReadAll(new RssReader(), Utf8(xml), "f.xml");
            return results.Count >= 1 && results.All(r => r is ReadResult.Failed { Reason.Length: > 0 } || (r is ReadResult.Read read && LayoutIsWellFormed(read.Article)));
        }));
    private const string AtomRoot = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">";

    // Arbitrary bytes, sometimes behind the start of an Atom feed or inside an entry's title or
    // content, so the reader gets past recognising the root and random bytes reach every field's parser.
    private static Gen<byte[]> AtomBytes() =>
        from raw in ArbMap.Default.GeneratorFor<byte[]>()
        from head in Gen.Elements<string>(
            "", AtomRoot, AtomRoot + "<entry><title>", AtomRoot + "<entry><published>", AtomRoot + "<entry><link rel=\"alternate\" href=\"",
            AtomRoot + "<entry><title>خبر</title><content type=\"html\">", AtomRoot + "<entry><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">")
        select (byte[])[.. Utf8(head), .. raw];

    // A failure names the feed, and the item when one is at fault ("f.xml#3").
    private static bool WellFormed(List<ReadResult> results, string origin) =>
        results.All(r => r is ReadResult.Failed f ? f.Origin.StartsWith(origin, StringComparison.Ordinal) && f.Reason.Length > 0 : r is ReadResult.Read read && LayoutIsWellFormed(read.Article));

    [Fact]
    public void Atom_random_bytes_never_throw_and_every_result_is_well_formed() =>
        HtmlPropertyTests.Run(300, Prop.ForAll(AtomBytes().ToArbitrary(), bytes => WellFormed(ReadAll(new AtomReader(), bytes, "f.xml"), "f.xml")));

    [Fact]
    public void Atom_random_entries_never_throw_and_every_result_is_well_formed() =>
        HtmlPropertyTests.Run(300, Prop.ForAll(HtmlPropertyTests.TagSoup(), soup =>
        {
            var escaped = System.Security.SecurityElement.Escape(soup);
            var xml = AtomRoot + "<entry><title>" + escaped + "</title><published>" + escaped + "</published><content type=\"html\">" + escaped + "</content></entry>" + soup + "</feed>";
            var results = ReadAll(new AtomReader(), Utf8(xml), "f.xml");
            return results.Count >= 1 && WellFormed(results, "f.xml");
        }));
}
