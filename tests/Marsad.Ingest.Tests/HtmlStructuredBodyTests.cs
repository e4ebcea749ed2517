using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>Pages whose article is in their JSON-LD articleBody rather than in the visible page.</summary>
public class HtmlStructuredBodyTests
{
    private const string Story =
        "أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.\\n" +
        "وقال الوزير أمام البرلمان إن المصلحة ستوظف أكثر من ألف محصل جديد خلال الأشهر الثلاثة المقبلة، وإن التدريب يبدأ الشهر المقبل.\\n" +
        "وأضاف أن الإيرادات المتوقعة من التحصيل لم تدرج في تقديرات الموازنة، لكن أداء المصلحة سيراقب من خلال تقييم التغير في حجم الديون.\\n" +
        "وكانت مصلحة الضرائب قد جمعت العام الماضي نحو خمسة وتسعين مليار دينار، بحسب وثائق الموازنة التي نشرتها الوزارة على موقعها.";

    private static string Page(string articleBody, string visible) => $$"""
        <html><head><meta charset="utf-8"><title>خبر</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"الحكومة تخصص مليار دينار","articleBody":"{{articleBody}}"}</script>
        </head><body><nav><a href="/">الرئيسية</a></nav>
        <article><h1>الحكومة تخصص مليار دينار لتحصيل الضرائب المتأخرة</h1>{{visible}}</article>
        <footer><a href="/about">من نحن</a></footer></body></html>
        """;

    private const string Paywalled = """
        <p>أعلن وزير المالية يوم الأربعاء تخصيص مليار دينار لمصلحة الضرائب في السنة المالية الحالية، لتعزيز قدرتها على تحصيل الديون المتأخرة.</p>
        <div class="paywall"><p>هذا المحتوى للمشتركين فقط.</p></div>
        """;

    [Fact]
    public void A_paywalled_page_takes_its_body_from_the_articleBody()
    {
        var a = ExtractHtml(Page(Story, Paywalled));
        var body = Body(a).Split('\n');
        Assert.Equal(4, body.Length);
        Assert.StartsWith("أعلن وزير المالية", body[0]);
        Assert.StartsWith("وكانت مصلحة الضرائب", body[3]);
        Assert.True(LayoutIsWellFormed(a));
        Assert.Contains("الحكومة تخصص مليار دينار لتحصيل", a.Layout!.Title!.Value.Of(a.Text)); // the headline stays in the page text
    }

    [Fact]
    public void A_full_visible_body_is_kept_when_the_articleBody_is_no_longer()
    {
        var visible = string.Concat(Story.Split("\\n").Select(p => $"<p>{p}</p>"));
        var a = ExtractHtml(Page(Story, visible));
        Assert.Equal(4, a.Layout!.Body.Count);
        Assert.All(a.Layout.Body, s => Assert.True(s.End <= a.Text.IndexOf("من نحن", StringComparison.Ordinal) || a.Text.IndexOf("من نحن", StringComparison.Ordinal) < 0));
        Assert.Equal(1, a.Text.Split("أعلن وزير المالية").Length - 1); // nothing appended
    }

    [Fact]
    public void A_short_description_in_articleBody_does_not_replace_the_page()
    {
        var a = ExtractHtml(Page("الحكومة تخصص مليار دينار لتحصيل الضرائب.", Paywalled));
        Assert.StartsWith("أعلن وزير المالية", Body(a));
        Assert.DoesNotContain("الحكومة تخصص مليار دينار لتحصيل الضرائب.", Body(a));
    }

    [Fact]
    public void An_articleBody_written_as_html_is_rendered_as_paragraphs()
    {
        const string english =
            "<p>The finance minister announced on Wednesday that the tax office would receive one billion in the current fiscal year, to chase overdue debts &amp; fines.</p>" +
            "<p>He told parliament that the office would hire more than a thousand new collectors within the next three months, and that training starts next month.</p>" +
            "<p>The tax office collected about ninety-five billion last year, according to budget documents the ministry published on its website on Tuesday.</p>" +
            "<p>The decision follows two earlier budget proposals that parties in the coalition government rejected over a rise in value added tax.</p>";
        var page = Page(english.Replace("\"", "\\\"", StringComparison.Ordinal), "<p>The finance minister announced on Wednesday a billion for the tax office.</p>");
        var body = Body(ExtractHtml(page)).Split('\n');
        Assert.Equal(4, body.Length);
        Assert.EndsWith("to chase overdue debts & fines.", body[0]);
        Assert.DoesNotContain("<p>", string.Join("\n", body));
    }
}
