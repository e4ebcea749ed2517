using System.Text.Json;
using Marsad.Ingest.Formats;
using Marsad.Tests.Shared;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>
/// The four real Arabic pages with ground truth in ../shared/data/html/arabic: every expected paragraph
/// must be in the extracted body (must-keep) and the chrome the ground truth leaves out must not
/// (must-drop, trafilatura style).
/// </summary>
public class HtmlSharedPagesTests
{
    public static TheoryData<string> Pages => new()
    {
        "cnn-arabic-2013-08-03-syria-clashes",
        "assabah-tn-2019-02-08-sudan-interview",
        "lbcgroup-lb-2026-01-08-trump-hair",
        "bbc-arabic-2024-03-03-aaron-bushnell",
    };

    private static Article Read(string page)
    {
        var path = SharedData.Path("html", "arabic", page, "source.html")!;
        var results = new HtmlReader().Read(File.OpenRead(path), path).ToList();
        var read = Assert.IsType<ReadResult.Read>(Assert.Single(results));
        return read.Article;
    }

    private static string[] ExpectedParagraphs(string page) =>
        File.ReadAllText(SharedData.Path("html", "arabic", page, "expected.txt")!)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public void Every_expected_paragraph_is_in_the_body(string page)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var body = Collapse(Body(Read(page)));
        foreach (var paragraph in ExpectedParagraphs(page))
            Assert.Contains(Collapse(paragraph), body);
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public void Body_is_not_much_longer_than_the_expected_text(string page)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        int expected = ExpectedParagraphs(page).Sum(p => Collapse(p).Length);
        int extracted = Read(page).Layout!.Body.Sum(s => s.Length);
        Assert.InRange(extracted, expected, expected * 1.25);
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public void Title_matches_the_page_metadata(string page)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        using var meta = JsonDocument.Parse(File.ReadAllText(SharedData.Path("html", "arabic", page, "meta.json")!));
        var article = Read(page);
        if (meta.RootElement.TryGetProperty("title", out var title) && title.GetString() is { } t)
            Assert.Equal(Collapse(t), article.Title);
        Assert.DoesNotContain(article.Title!, Body(article));
    }

    [SkippableFact]
    public void Assabah_snippets_with_and_without()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var body = Body(Read("assabah-tn-2019-02-08-sudan-interview"));
        foreach (var with in new[] { "منذ بدء", "كل المجالات", "وماذا عن حقيقة" }) Assert.Contains(with, body);
        foreach (var without in new[] { "كورونا يقتل", "غائم جزئيا", "إضافة تعليق جديد" }) Assert.DoesNotContain(without, body);
    }

    [SkippableTheory]
    [InlineData("صدر الصورة")]                  // image credit
    [InlineData("التعليق على الصورة")]           // caption label
    [InlineData("وقفة احتجاجية لأجل آرون بوشنل")] // caption
    [InlineData("كايلا إبستين")]                 // byline
    [InlineData("قصص مقترحة")]                  // suggested stories
    [InlineData("الأخبار الرئيسية")]             // promo list heading
    public void Bbc_page_drops_captions_byline_and_promos(string mustDrop)
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var article = Read("bbc-arabic-2024-03-03-aaron-bushnell");
        Assert.DoesNotContain(mustDrop, Body(article));
    }

    [SkippableFact]
    public void Bbc_outlet_and_date_come_from_the_page()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var article = Read("bbc-arabic-2024-03-03-aaron-bushnell");
        Assert.Equal("BBC News عربي", article.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 3), article.Published);
    }

    [SkippableFact]
    public void Pages_without_a_date_in_their_markup_get_none()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        // CNN gives the date only in its URL, Assabah only as Arabic words in the text: nothing to read, nothing guessed.
        Assert.Null(Read("cnn-arabic-2013-08-03-syria-clashes").Published);
        Assert.Null(Read("assabah-tn-2019-02-08-sudan-interview").Published);
    }
}
