using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>The lead (standfirst, summary) between the headline and the body is part of the article.</summary>
public class HtmlLeadTests
{
    private const string Page = """
        <html><head><meta charset="utf-8"><title>خبر</title></head><body>
        <nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a></nav>
        <article>
          <header>
            <h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>
            <p class="article-summary">قررت الحكومة توظيف أكثر من ألف محصل ديون لاسترداد ما يصل إلى خمسة مليارات دينار سنويا من المتهربين.</p>
            <div class="byline">بقلم سامر الخطيب</div>
            <figure><img src="a.jpg"><figcaption>وزير المالية خلال جلسة البرلمان في العاصمة يوم الأربعاء الماضي، أثناء عرض الموازنة.</figcaption></figure>
            <p>صورة أرشيفية لوزير المالية أثناء زيارته مقر مصلحة الضرائب في العاصمة، العام الماضي.</p>
          </header>
          <div class="article-body">
            <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
            <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف المحصلين الجدد خلال الأشهر الثلاثة المقبلة، وإن التدريب يبدأ الشهر المقبل.</p>
            <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة.</p>
          </div>
        </article>
        <div class="related"><h3>ذات صلة</h3><p class="summary">البرلمان يرفض مشروع الموازنة للمرة الثانية بعد خلاف بين أحزاب الائتلاف الحاكم على الضرائب.</p></div>
        </body></html>
        """;

    [Fact]
    public void A_lead_named_block_in_the_article_header_is_body_before_the_paragraphs()
    {
        var body = Body(ExtractHtml(Page)).Split('\n');
        Assert.StartsWith("قررت الحكومة توظيف أكثر من ألف محصل", body[0]);
        Assert.StartsWith("أعلن وزير المالية يوم الأربعاء", body[1]);
    }

    [Theory]
    [InlineData("بقلم سامر الخطيب")]                     // byline
    [InlineData("وزير المالية خلال جلسة البرلمان")]       // caption
    [InlineData("صورة أرشيفية لوزير المالية")]            // an unnamed block there may be a caption
    [InlineData("البرلمان يرفض مشروع الموازنة")]           // a summary inside a related box is chrome
    [InlineData("الحكومة تخصص مليار دينار")]              // the headline
    public void Only_the_named_lead_joins(string mustDrop) => Assert.DoesNotContain(mustDrop, Body(ExtractHtml(Page)));

    // The lead in a "teaser" element, inside the body's container, before the paragraphs; elsewhere on the
    // page the same word names cards of other stories.
    private const string TeaserLead = """
        <html><head><meta charset="utf-8"><title>خبر</title></head><body>
        <div class="article">
          <h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>
          <div class="article__content">
            <p class="article__teaser-text">قررت الحكومة توظيف أكثر من ألف محصل ديون لاسترداد ما يصل إلى خمسة مليارات دينار سنويا من المتهربين.</p>
            <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
            <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف المحصلين الجدد خلال الأشهر الثلاثة المقبلة، وإن التدريب يبدأ الشهر المقبل.</p>
            <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة.</p>
          </div>
        </div>
        <div class="teaser-list"><div class="teaser"><p class="teaser-text">البرلمان يرفض مشروع الموازنة للمرة الثانية بعد خلاف بين أحزاب الائتلاف الحاكم على الضرائب.</p></div></div>
        </body></html>
        """;

    [Fact]
    public void A_teaser_named_block_where_the_lead_stands_is_the_lead()
    {
        var body = Body(ExtractHtml(TeaserLead)).Split('\n');
        Assert.StartsWith("قررت الحكومة توظيف أكثر من ألف محصل", body[0]);
        Assert.StartsWith("أعلن وزير المالية يوم الأربعاء", body[1]);
    }

    [Fact]
    public void A_teaser_elsewhere_stays_chrome() =>
        Assert.DoesNotContain("البرلمان يرفض مشروع الموازنة", Body(ExtractHtml(TeaserLead)));

    // A German-style "preface" in the article's header, and a disclaimer kept above the headline: the lead
    // is still looked for between the headline and the paragraphs.
    private const string PrefaceAfterDisclaimer = """
        <html><head><meta charset="utf-8"><title>Tax</title></head><body>
        <article>
          <div class="note"><p>Opinions expressed here are those of the author, who writes as a member of our council of experts.</p></div>
          <header class="articlehead">
            <h1>Government sets aside a billion for overdue taxes</h1>
            <p class="preface">The government will hire more than a thousand debt collectors to recover up to five billion a year from tax dodgers.</p>
          </header>
          <p>The finance minister announced on Wednesday that the tax office would receive one billion in the current fiscal year, to chase overdue debts.</p>
          <p>He told parliament that the office would hire the new collectors within the next three months, and that training starts next month.</p>
          <p>The tax office collected about ninety-five billion last year, according to budget documents the ministry published on its website.</p>
        </article>
        </body></html>
        """;

    [Fact]
    public void A_preface_after_the_headline_is_the_lead_even_when_a_kept_block_comes_before_the_headline()
    {
        var body = Body(ExtractHtml(PrefaceAfterDisclaimer));
        Assert.Contains("The government will hire more than a thousand debt collectors", body);
        Assert.DoesNotContain("Government sets aside a billion", body);
    }

    [Fact]
    public void Credit_is_a_whole_word_not_a_fragment_of_accreditation()
    {
        var h = Marsad.Ingest.Html.HtmlHeuristics.Shipped;
        Assert.Equal(Marsad.Ingest.Html.ElementNameEffect.Boilerplate, h.Classify("image-credit", null));
        Assert.NotEqual(Marsad.Ingest.Html.ElementNameEffect.Boilerplate, h.Classify("ContentHeaderAccreditation", null));
        Assert.Equal(Marsad.Ingest.Html.ElementNameEffect.Boilerplate, h.Classify("related-teaser", null));
        Assert.Equal(Marsad.Ingest.Html.ElementNameEffect.Teaser, h.Classify("article__teaser-text", null));
        Assert.Equal(Marsad.Ingest.Html.ElementNameEffect.Lead, h.Classify("article-leadtext", null));
        Assert.Equal(Marsad.Ingest.Html.ElementNameEffect.Lead, h.Classify("articlehead preface", null));
    }
}
