using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Bodies that a template splits into several blocks: every part of the story is kept.</summary>
public class HtmlSplitBodyTests
{
    private const string Head = "<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><nav><a href=\"/\">الرئيسية</a></nav><h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>";

    // The first half of the body shares its block with a paywall box and a row of teaser cards that
    // outweigh its own two paragraphs; the second half, by the same template, is chosen as the container.
    private const string PaywallInFirstHalf = Head + """
        <article class="story">
          <div class="story-block">
            <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
            <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف أكثر من ألف محصل جديد خلال الأشهر الثلاثة المقبلة، لاسترداد ما يصل إلى خمسة مليارات سنويا.</p>
            <div class="subscribe-box"><h2>هذا المحتوى للمشتركين فقط</h2>
              <ul><li>وصول غير محدود إلى جميع المقالات والتحليلات الحصرية على الموقع والتطبيق</li>
              <li>النسخة الرقمية من الصحيفة اليومية كما تصدر مطبوعة كل صباح مع الملاحق الأسبوعية</li>
              <li>نشرات بريدية يومية بأهم الأخبار الاقتصادية والسياسية من المحررين والمراسلين</li>
              <li>مقالات الرأي والتحقيقات المطولة وأرشيف الصحيفة الكامل منذ تأسيسها وحتى اليوم</li></ul>
              <p>اشترك الآن بدينار واحد لستة أشهر وتابع آخر الأخبار في مدينتك وفي أنحاء البلاد كلها.</p></div>
            <div class="related-cards"><a href="/1">الحكومة تدرس رفع ضريبة القيمة المضافة</a><a href="/2">البرلمان يرفض مشروع الموازنة للمرة الثانية</a></div>
          </div>
          <div class="story-block">
            <p>وأضاف أن الإيرادات المتوقعة من التحصيل لم تدرج في تقديرات الموازنة، لكن أداء المصلحة سيراقب من خلال تقييم التغير في حجم الديون.</p>
            <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة على موقعها.</p>
            <p>ويأتي القرار بعد رفض مقترحين سابقين للموازنة من أحزاب في الحكومة الائتلافية، اعترضت على رفع ضريبة القيمة المضافة.</p>
          </div>
        </article></body></html>
        """;

    [Theory]
    [InlineData("أعلن وزير المالية يوم الأربعاء")]
    [InlineData("ستوظف أكثر من ألف محصل جديد")]
    [InlineData("لم تدرج في تقديرات الموازنة")]
    [InlineData("ويأتي القرار بعد رفض مقترحين")]
    public void A_twin_block_joins_by_its_prose_even_when_chrome_outweighs_it(string mustKeep) =>
        Assert.Contains(mustKeep, Body(ExtractHtml(PaywallInFirstHalf)));

    [Theory]
    [InlineData("هذا المحتوى للمشتركين فقط")]
    [InlineData("وصول غير محدود")]
    [InlineData("الحكومة تدرس رفع ضريبة")]
    public void The_chrome_inside_the_joined_twin_stays_out(string mustDrop) =>
        Assert.DoesNotContain(mustDrop, Body(ExtractHtml(PaywallInFirstHalf)));

    // The template names each text block of the story a "widget" (a boilerplate word); the one with most
    // of the prose is kept as a wrapper, and its twins by the same template are the rest of the story.
    private const string WidgetBlocks = Head + """
        <div class="article-widgets">
          <div class="article-widget article-widget-text"><div class="text">
            <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
            <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف أكثر من ألف محصل جديد خلال الأشهر الثلاثة المقبلة.</p>
          </div></div>
          <div class="article-widget article-widget-video"><h3>شاهد: وزير المالية يلقي خطاب الموازنة</h3></div>
          <div class="article-widget article-widget-text"><div class="text">
            <p>وأضاف أن الإيرادات المتوقعة من التحصيل لم تدرج في تقديرات الموازنة، لكن أداء المصلحة سيراقب من خلال تقييم التغير في حجم الديون المستحقة عليها.</p>
            <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة على موقعها الرسمي.</p>
            <p>ويأتي القرار بعد رفض مقترحين سابقين للموازنة من أحزاب في الحكومة الائتلافية، اعترضت على رفع ضريبة القيمة المضافة في منتصف العام.</p>
            <p>وقال رئيس المصلحة إنه يعتزم توظيف ما يصل إلى ألف وسبعمئة محصل ديون، وإن التدريب سيبدأ الشهر المقبل في العاصمة والمحافظات.</p>
          </div></div>
        </div>
        <div class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/3">ارتفاع أسعار الوقود مطلع الشهر</a></li></ul></div>
        </body></html>
        """;

    [Theory]
    [InlineData("أعلن وزير المالية يوم الأربعاء")]
    [InlineData("ستوظف أكثر من ألف محصل جديد")]
    [InlineData("لم تدرج في تقديرات الموازنة")]
    [InlineData("ألف وسبعمئة محصل ديون")]
    public void Twins_of_a_wrapper_named_like_chrome_are_the_rest_of_the_story(string mustKeep) =>
        Assert.Contains(mustKeep, Body(ExtractHtml(WidgetBlocks)));

    [Theory]
    [InlineData("شاهد: وزير المالية يلقي خطاب الموازنة")] // another template's widget
    [InlineData("ارتفاع أسعار الوقود")]
    public void Other_widgets_stay_chrome(string mustDrop) =>
        Assert.DoesNotContain(mustDrop, Body(ExtractHtml(WidgetBlocks)));
}
