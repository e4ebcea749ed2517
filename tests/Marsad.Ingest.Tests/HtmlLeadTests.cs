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
}
