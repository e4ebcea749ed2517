using System.Text;
using Marsad.Ingest.Formats;
using Marsad.Ingest.Html;
using Marsad.Tests.Shared;

namespace Marsad.Ingest.Tests;

/// <summary>Helpers shared by the HTML, feed and WARC tests.</summary>
internal static class HtmlTestSupport
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "Marsad.Ingest.Tests", "HtmlFixtures", name));

    public static Article ExtractHtml(string html, HtmlReadOptions? options = null) =>
        new HtmlArticleExtractor(options: options).Extract(html, "page", "page.html");

    /// <summary>The article's body paragraphs as the layout marks them, one per line.</summary>
    public static string Body(Article article) =>
        string.Join("\n", article.Layout!.Body.Select(s => s.Of(article.Text)));

    public static List<ReadResult> ReadAll(Sources.IFormatReader reader, byte[] bytes, string origin) =>
        [.. reader.Read(new MemoryStream(bytes), origin)];

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>True when every layout span lies inside the text, in order, without overlap.</summary>
    public static bool LayoutIsWellFormed(Article a)
    {
        if (a.Layout is null) return true;
        int last = 0;
        foreach (var s in a.Layout.Body)
        {
            if (s.Start < last || s.End > a.Text.Length || s.Start >= s.End) return false;
            last = s.End;
        }
        return a.Layout.Title is not { } t || (t.Start >= 0 && t.End <= a.Text.Length && t.Start < t.End);
    }
}
