using FsCheck;
using FsCheck.Fluent;
using Marsad.Ingest.Formats;
using static Marsad.Ingest.Tests.HtmlTestSupport;

namespace Marsad.Ingest.Tests;

/// <summary>
/// Properties over random bytes and random tag soup for the HTML reader. These double as the fuzz
/// harness: set MARSAD_FUZZ_ITERATIONS (e.g. 100000) to run many more cases than the default
/// (README.md, section "Web pages").
/// </summary>
public class HtmlPropertyTests
{
    internal static int Iterations(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("MARSAD_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : normal;

    private static readonly string[] Pieces =
    [
        "<html>", "<body>", "<div class=\"article-body\">", "<div class=\"related\">", "</div>", "<p>", "</p>", "<br>", "<a href=\"/x\">", "</a>",
        "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>", "<template>", "</template>", "<h1>", "</h1>", "<h2>", "</h2>",
        "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<pre>", "</pre>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset=\"windows-1256\">", "<meta charset=\"utf-7\">", "<meta charset=\"ibm037\">", "<meta charset=\"utf-16\">",
        "<title>", "</title>", "<meta property=\"og:title\" content=\"عنوان\">", "<time datetime=\"2018-02-30\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":",
        "قصف", " مدفعي ", "على", " دمشق", "،", ".", "\n", "\t", " ", "\0", "&amp;", "&#0;", "&#xD800;", "\u200F", "\uFFFD", "<", ">", "\"", "'", "=",
        "<svg><p>", "</svg>", "<math>", "<select><option>", "<textarea>", "<plaintext>", "<frameset>", "<table>", "<form>", "</form>", "<figure>",
    ];

    private static Arbitrary<byte[]> RandomBytes() => ArbMap.Default.GeneratorFor<byte[]>().ToArbitrary();

    internal static Arbitrary<string> TagSoup() =>
        Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();

    private static bool ReadsToOneWellFormedResult(byte[] bytes)
    {
        var results = new HtmlReader().Read(new MemoryStream(bytes), "fuzz.html").ToList();
        if (results.Count != 1) return false;
        return results[0] switch
        {
            ReadResult.Read r => LayoutIsWellFormed(r.Article) && !r.Article.Text.Contains('\0'),
            ReadResult.Failed f => f.Origin == "fuzz.html" && f.Reason.Length > 0,
            _ => false,
        };
    }

    /// <summary>Checks a property with the given number of cases (MARSAD_FUZZ_ITERATIONS overrides it).</summary>
    internal static void Run(int normal, Property property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations(normal)), property);

    [Fact]
    public void Random_bytes_give_one_result_with_a_well_formed_layout() =>
        Run(300, Prop.ForAll(RandomBytes(), ReadsToOneWellFormedResult));

    [Fact]
    public void Random_html_gives_one_result_with_a_well_formed_layout() =>
        Run(500, Prop.ForAll(TagSoup(), html => ReadsToOneWellFormedResult(Utf8(html))));

    [Fact]
    public void Text_has_no_blank_lines_and_no_untrimmed_lines() =>
        Run(500, Prop.ForAll(TagSoup(), html =>
        {
            var a = ExtractHtml(html);
            return a.Text.Length == 0 || a.Text.Split('\n').All(l => l.Length > 0 && l.Trim() == l);
        }));
}

