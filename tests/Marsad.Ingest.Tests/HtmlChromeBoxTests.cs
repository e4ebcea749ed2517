using Marsad.Ingest.Html;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Consent boxes for embedded content and paywall notices: their sentences read as prose, their opening phrase gives them away.</summary>
public class HtmlChromeBoxTests
{
    private const string Paragraphs = """
        <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
        <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف أكثر من ألف محصل جديد خلال الأشهر الثلاثة المقبلة، وإن التدريب يبدأ الشهر المقبل.</p>
        """;

    private const string MoreParagraphs = """
        <p>وأضاف أن الإيرادات المتوقعة من التحصيل لم تدرج في تقديرات الموازنة، لكن أداء المصلحة سيراقب من خلال تقييم التغير في حجم الديون.</p>
        <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة على موقعها.</p>
        """;

    private static string Page(string box) =>
        "<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>" +
        $"<div class=\"story\">{Paragraphs}{box}{MoreParagraphs}</div></body></html>";

    // An embedded chart held back until the reader agrees: a German consent box with no telling class.
    private const string ConsentBox = """
        <div class="c1"><div class="c2">Ein Klick für den Datenschutz</div>
          <div><p>Für die Darstellung von Infografiken nutzen wir die Software eines Drittanbieters. Erst wenn Sie hier klicken, werden Daten an den Anbieter übermittelt.</p></div>
          <div>Datenschutzeinstellungen anpassen</div></div>
        """;

    // An Arabic paywall notice inside the story.
    private const string PaywallBox = """
        <div class="box"><p>هذا المحتوى للمشتركين فقط.</p>
          <p>يمكن لقراء النسخة الورقية التسجيل مجانا والاطلاع على جميع المقالات والتحليلات الحصرية على الموقع والتطبيق.</p></div>
        """;

    [Theory]
    [InlineData(ConsentBox, "Für die Darstellung von Infografiken")]
    [InlineData(ConsentBox, "Ein Klick für den Datenschutz")]
    [InlineData(PaywallBox, "يمكن لقراء النسخة الورقية التسجيل مجانا")]
    [InlineData(PaywallBox, "هذا المحتوى للمشتركين فقط")]
    public void The_box_around_a_consent_or_paywall_phrase_is_chrome(string box, string mustDrop) =>
        Assert.DoesNotContain(mustDrop, Body(ExtractHtml(Page(box))));

    [Theory]
    [InlineData(ConsentBox)]
    [InlineData(PaywallBox)]
    public void The_story_around_the_box_is_kept(string box)
    {
        var body = Body(ExtractHtml(Page(box)));
        Assert.Contains("أعلن وزير المالية يوم الأربعاء", body);
        Assert.Contains("وكانت مصلحة الضرائب قد جمعت", body);
    }

    [Fact]
    public void A_paywall_phrase_inside_the_story_condemns_only_its_own_line()
    {
        // The phrase's parent is the story itself (more prose than a box holds): only the notice goes.
        const string notice = "<p>Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés.</p>";
        var body = Body(ExtractHtml(Page(notice)));
        Assert.DoesNotContain("Il vous reste", body);
        Assert.Contains("وكانت مصلحة الضرائب قد جمعت", body);
        Assert.Contains("أعلن وزير المالية يوم الأربعاء", body);
    }

    [Fact]
    public void Author_profiles_disclaimers_and_lightboxes_are_chrome_by_name()
    {
        var h = HtmlHeuristics.Shipped;
        Assert.Equal(ElementNameEffect.Boilerplate, h.Classify("authorprofile-biography", null));
        Assert.Equal(ElementNameEffect.Boilerplate, h.Classify("culture-council-disclaimer", null));
        Assert.Equal(ElementNameEffect.Boilerplate, h.Classify("lightbox__description", null));
    }

    [Fact]
    public void A_fact_box_beside_the_story_is_chrome()
    {
        const string factBox = """
            <div class="flexmodule flexmodule--factbox"><p>مصلحة الضرائب: تأسست عام ألف وتسعمئة وخمسين، ويعمل فيها اليوم نحو عشرين ألف موظف في كل المحافظات.</p></div>
            """;
        var body = Body(ExtractHtml(Page(factBox)));
        Assert.DoesNotContain("تأسست عام ألف وتسعمئة", body);
        Assert.Contains("وكانت مصلحة الضرائب قد جمعت", body);
    }
}
