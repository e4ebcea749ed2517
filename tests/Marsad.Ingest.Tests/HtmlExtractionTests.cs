using Marsad.Ingest.Html;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Main-content extraction on a realistic Arabic news page (HtmlFixtures/news-page-ar.html).</summary>
public class HtmlExtractionTests
{
    private static readonly Article Page = ExtractHtml(Fixture("news-page-ar.html"));

    [Theory]
    [InlineData("قُتل ثلاثة مدنيين، بينهم طفل، وأصيب آخرون بجروح صباح الخميس")]
    [InlineData("فرق الدفاع المدني عملت على انتشال الضحايا من تحت الأنقاض.")]
    [InlineData("وسط مخاوف من عملية عسكرية واسعة.")]
    [InlineData("مخاوف من موجة نزوح")]
    [InlineData("المخيمات القائمة لا تتسع لمزيد من العائلات.")]
    public void Body_keeps_the_article_paragraphs(string mustKeep) => Assert.Contains(mustKeep, Body(Page));

    [Theory]
    [InlineData("اقرأ أيضا")]
    [InlineData("نزوح عشرات العائلات من بصر الحرير")] // related link inside the body
    [InlineData("فيسبوك")]                            // share bar
    [InlineData("آثار القصف على بلدة اليادودة")]       // caption
    [InlineData("الأمم المتحدة تدعو إلى حماية المدنيين")] // related posts
    [InlineData("رحم الله الشهداء")]                   // reader comment
    [InlineData("أضف تعليقك")]
    [InlineData("أسعار الذهب")]                        // sidebar
    [InlineData("جميع الحقوق محفوظة")]                 // footer
    [InlineData("الوسوم")]                             // tags
    [InlineData("قصف مدفعي على ريف درعا الغربي")]      // the headline is not body
    public void Body_drops_site_chrome(string mustDrop) => Assert.DoesNotContain(mustDrop, Body(Page));

    [Theory]
    [InlineData("لا يجب أن يظهر هذا النص")] // script
    [InlineData("color:red")]               // style
    [InlineData("العراق")]                  // nav
    [InlineData("نص مخفي لا يراه القارئ")]  // display:none
    [InlineData("اكتب هنا")]                // textarea
    public void Text_drops_what_a_reader_never_sees(string invisible) => Assert.DoesNotContain(invisible, Page.Text);

    [Fact]
    public void Text_keeps_visible_chrome_outside_the_body() => Assert.Contains("جميع الحقوق محفوظة", Page.Text);

    [Fact]
    public void Body_is_the_four_paragraphs_and_the_subheading_in_order()
    {
        var body = Page.Layout!.Body.Select(s => s.Of(Page.Text)).ToArray();
        Assert.Equal(5, body.Length);
        Assert.StartsWith("قُتل ثلاثة مدنيين", body[0]);
        Assert.StartsWith("وقال مراسل الشبكة", body[1]);
        Assert.StartsWith("وتشهد محافظة درعا", body[2]);
        Assert.Equal("مخاوف من موجة نزوح", body[3]);
        Assert.StartsWith("وحذّرت منظمات إنسانية", body[4]);
    }

    [Fact]
    public void Title_span_marks_the_h1_in_the_text()
    {
        Assert.Equal("قصف مدفعي على ريف درعا الغربي ومقتل ثلاثة مدنيين", Page.Layout!.Title!.Value.Of(Page.Text));
        Assert.Equal("قصف مدفعي على ريف درعا الغربي ومقتل ثلاثة مدنيين", Page.Title);
    }

    [Fact]
    public void Published_date_comes_from_article_published_time_first() => Assert.Equal(new DateOnly(2018, 6, 21), Page.Published);

    [Fact]
    public void Outlet_comes_from_og_site_name() => Assert.Equal("شبكة الأخبار العربية", Page.Outlet);

    [Fact]
    public void Author_comes_from_the_author_meta() => Assert.Equal("محمد الحوراني", Page.Author);

    [Fact]
    public void Whitespace_collapses_within_a_block_and_blocks_are_lines()
    {
        var a = ExtractHtml("<html><body><p>  سقط   صاروخ\n\t على  المدينة  </p><div>وقال<br>الشهود</div></body></html>");
        Assert.Equal("سقط صاروخ على المدينة\nوقال\nالشهود", a.Text);
    }

    [Fact]
    public void Date_falls_back_to_json_ld_then_time_element()
    {
        var fromJson = ExtractHtml("""<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-02-08T10:00:00+01:00"}]}</script></head><body><p>نص.</p></body></html>""");
        Assert.Equal(new DateOnly(2019, 2, 8), fromJson.Published);
        var fromTime = ExtractHtml("""<html><body><time datetime="2013-08-03">3 آب</time><p>نص.</p></body></html>""");
        Assert.Equal(new DateOnly(2013, 8, 3), fromTime.Published);
    }

    [Fact]
    public void Outlet_falls_back_to_json_ld_publisher()
    {
        var a = ExtractHtml("""<html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"عنب بلدي"},"author":[{"name":"فريق التحرير"}]}</script></head><body><p>نص.</p></body></html>""");
        Assert.Equal("عنب بلدي", a.Outlet);
        Assert.Equal("فريق التحرير", a.Author);
    }

    [Theory]
    [InlineData("مقتل ثلاثة مدنيين في درعا - عنب بلدي", "عنب بلدي", "مقتل ثلاثة مدنيين في درعا")]
    [InlineData("عنب بلدي | مقتل ثلاثة مدنيين في درعا", "عنب بلدي", "مقتل ثلاثة مدنيين في درعا")]
    [InlineData("مقتل ثلاثة مدنيين في درعا جنوب سوريا - الجزيرة نت", null, "مقتل ثلاثة مدنيين في درعا جنوب سوريا")]
    [InlineData("دمشق - ريف دمشق", null, "دمشق - ريف دمشق")]
    public void Site_suffix_is_removed_from_the_title(string title, string? outlet, string expected) =>
        Assert.Equal(expected, TitleFinder.RemoveSiteSuffix(title, outlet));

    [Fact]
    public void Broken_json_ld_is_ignored_not_fatal()
    {
        var a = ExtractHtml("""<html><head><script type="application/ld+json">{"@type":"NewsArticle", "datePublished": </script></head><body><p>الخبر.</p></body></html>""");
        Assert.Null(a.Published);
        Assert.Equal("الخبر.", a.Text);
    }

    [Fact]
    public void Long_paragraph_starting_with_a_chrome_word_is_kept()
    {
        var h = HtmlHeuristics.Shipped;
        Assert.True(h.IsChrome("اقرأ أيضا: مقتل عنصرين"));
        Assert.True(h.IsChrome("شارك"));
        Assert.False(h.IsChrome("شارك آلاف المتظاهرين في مسيرة حاشدة وسط مدينة درعا مطالبين بالإفراج عن المعتقلين ورفع الحصار عن الأحياء"));
    }

    [Fact]
    public void Boilerplate_words_match_tokens_not_fragments()
    {
        var h = HtmlHeuristics.Shipped;
        Assert.Equal(ElementNameEffect.Boilerplate, h.Classify("ad-slot", null));
        Assert.NotEqual(ElementNameEffect.Boilerplate, h.Classify("header-shadow", null)); // "ad" inside words
        Assert.Equal(ElementNameEffect.Content, h.Classify("article-body share-enabled", null));
        Assert.Equal(ElementNameEffect.Boilerplate, h.Classify(null, "relatedStories"));
    }
}
