using Marsad.Ingest.Html;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Picture captions inside the body without &lt;figcaption&gt; or a telling class are known by their photo credit.</summary>
public class HtmlCaptionTests
{
    private const string Arabic = """
        <html><head><meta charset="utf-8"><title>خبر</title></head><body><h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>
        <div class="story">
          <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
          <div class="media"><img src="a.jpg"><div class="info">وزير المالية خلال جلسة البرلمان في العاصمة يوم الأربعاء (تصوير: سامر الخطيب)</div></div>
          <p>وقال الوزير أمام البرلمان إن المصلحة ستوظف أكثر من ألف محصل جديد خلال الأشهر الثلاثة المقبلة، وإن التدريب يبدأ الشهر المقبل.</p>
          <p>وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة على موقعها.</p>
        </div></body></html>
        """;

    private const string English = """
        <html><head><title>Tax</title></head><body><h1>Government sets aside a billion for overdue taxes</h1>
        <div class="story">
          <p>The finance minister announced on Wednesday that the tax office would receive one billion in the current fiscal year, to chase overdue debts.</p>
          <div class="media"><img src="a.jpg"><div class="info">The finance minister in parliament on Wednesday. (Image: GETTY)</div></div>
          <p>He told parliament that the office would hire more than a thousand new collectors within the next three months, and that training starts next month.</p>
          <p>The tax office collected about ninety-five billion last year, according to budget documents the ministry published on its website.</p>
        </div></body></html>
        """;

    [Theory]
    [InlineData(Arabic, "وزير المالية خلال جلسة البرلمان", "وقال الوزير أمام البرلمان")]
    [InlineData(English, "The finance minister in parliament on Wednesday", "He told parliament that the office")]
    public void A_credited_caption_in_the_body_is_left_out(string page, string caption, string paragraph)
    {
        var body = Body(ExtractHtml(page));
        Assert.DoesNotContain(caption, body);
        Assert.Contains(paragraph, body);
    }

    [Fact]
    public void A_long_paragraph_that_mentions_a_credit_is_prose()
    {
        var h = HtmlHeuristics.Shipped;
        Assert.True(h.IsCaption("Pro Stunde werden hier etwa 45 Schweine geschlachtet. Bildrechte: MDR/David Straub"));
        Assert.False(h.IsCaption("Das Gericht entschied, dass der Fotograf für jedes Bild: eine eigene Lizenz braucht. " + new string('x', 400)));
        Assert.False(h.IsCaption("The agency told AFP that the photo was taken on Tuesday."));
    }
}
