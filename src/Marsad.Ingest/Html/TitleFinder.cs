using Marsad.Text;

namespace Marsad.Ingest.Html;

/// <summary>
/// The headline: its wording (og:title, else the page's h1, else &lt;title&gt; without the site's
/// suffix) and where the rendered text shows it (the h1 or heading that says the same, else the
/// last h1 before the body).
/// </summary>
public static class TitleFinder
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " ‹ ", " › ", " : "];

    public static (string? Title, TextSpan? Span) Find(RenderedPage page, PageMetadata meta, IReadOnlyList<TextSpan> body)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(body);
        var og = RemoveSiteSuffix(meta.OgTitle, meta.Outlet);
        var documentTitle = RemoveSiteSuffix(meta.DocumentTitle, meta.Outlet);
        var span = Match(page, og) ?? Match(page, documentTitle) ?? HeadlineBefore(page, body);
        string? title = og ?? (span is TextSpan s ? s.Of(page.Text) : null) ?? documentTitle;
        return (title, span);
    }

    /// <summary>"Headline | Outlet" → "Headline": drops the part naming the outlet, or a short trailing site name.</summary>
    public static string? RemoveSiteSuffix(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = title.Trim();
        var foldedOutlet = outlet is null ? null : HtmlHeuristics.FoldPhrase(outlet);
        foreach (var sep in Separators)
        {
            int last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var tail = title[(last + sep.Length)..];
                var head = title[..last];
                if (NamesOutlet(tail, foldedOutlet) || (foldedOutlet is null && IsShortSiteName(tail, head)))
                    return head.Trim();
            }
            int first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && NamesOutlet(title[..first], foldedOutlet))
                return title[(first + sep.Length)..].Trim();
        }
        return title;
    }

    private static bool NamesOutlet(string part, string? foldedOutlet)
    {
        if (string.IsNullOrEmpty(foldedOutlet)) return false;
        var folded = HtmlHeuristics.FoldPhrase(part);
        return folded.Length > 0 && (folded == foldedOutlet || folded.Contains(foldedOutlet, StringComparison.Ordinal) || foldedOutlet.Contains(folded, StringComparison.Ordinal));
    }

    // A site name is a few words; the headline before it is longer. Without a known outlet this is
    // the best evidence that the tail is a suffix and not half of a headline.
    private static bool IsShortSiteName(string tail, string head) => Words(tail) <= 3 && Words(head) >= 2 * Words(tail) + 2;

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static TextSpan? Match(RenderedPage page, string? title)
    {
        if (title is null) return null;
        var folded = HtmlHeuristics.FoldPhrase(title);
        if (folded.Length == 0) return null;
        TextSpan? contained = null, equalNonHeading = null;
        foreach (var b in page.Blocks)
        {
            if (b.Heading > 3 || b.Chars > 4 * folded.Length) continue;
            var text = HtmlHeuristics.FoldPhrase(page.Text.AsSpan(b.Start, b.End - b.Start));
            // Some templates set the headline in a styled div, not a heading: an exact match still counts.
            if (b.Heading == 0)
            {
                if (equalNonHeading is null && text == folded) equalNonHeading = new TextSpan(b.Start, b.End);
                continue;
            }
            if (text == folded) return new TextSpan(b.Start, b.End);
            if (contained is null && text.Length * 2 > folded.Length
                && (folded.Contains(text, StringComparison.Ordinal) || text.Contains(folded, StringComparison.Ordinal)))
                contained = new TextSpan(b.Start, b.End);
        }
        return contained ?? equalNonHeading;
    }

    private static TextSpan? HeadlineBefore(RenderedPage page, IReadOnlyList<TextSpan> body)
    {
        int bodyStart = body.Count > 0 ? body[0].Start : page.Text.Length;
        TextSpan? best = null;
        foreach (var b in page.Blocks)
        {
            if (b.Start >= bodyStart) break;
            if (b.Heading == 1 && b.Chars >= 10 && b.LinkDensity < 0.5) best = new TextSpan(b.Start, b.End);
        }
        return best;
    }
}
