using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Marsad.Text;

namespace Marsad.Ingest.Html;

/// <summary>
/// Pages whose article lives in their structured data rather than in what a reader sees: a paywalled
/// story that shows one paragraph but carries the whole text in JSON-LD <c>articleBody</c>, or a
/// script-rendered page whose markup is an empty shell. When the articleBody is much longer than the body
/// found in the visible page, its paragraphs are appended after the page text (one line each, so every
/// offset stays checkable against the record's text) and they are the body instead.
/// </summary>
public sealed class StructuredBodyFallback(HtmlHeuristics heuristics, HtmlTextRenderer renderer, HtmlParser parser)
{
    private readonly HtmlHeuristics _h = heuristics;

    /// <summary>The page text with the articleBody's paragraphs appended and their spans, or null to keep the visible body.</summary>
    public (string Text, IReadOnlyList<TextSpan> Body)? TryApply(string text, IReadOnlyList<TextSpan> body, string? articleBody)
    {
        // The raw string is never shorter than its text: too short raw, too short rendered.
        if (articleBody is null || articleBody.Length < _h.StructuredBodyMinChars) return null;
        int visible = 0;
        foreach (var s in body) visible += NonSpace(text.AsSpan(s.Start, s.End - s.Start));
        if (articleBody.Length < _h.StructuredBodyRatio * visible) return null;
        var lines = Lines(articleBody);
        int structured = 0;
        foreach (var line in lines) structured += NonSpace(line);
        if (structured < _h.StructuredBodyMinChars || structured < _h.StructuredBodyRatio * visible) return null;

        var sb = new StringBuilder(text, text.Length + articleBody.Length + lines.Count);
        var spans = new List<TextSpan>(lines.Count);
        foreach (var line in lines)
        {
            if (sb.Length > 0) sb.Append('\n');
            spans.Add(new TextSpan(sb.Length, sb.Length + line.Length));
            sb.Append(line);
        }
        return (sb.ToString(), spans);
    }

    /// <summary>The articleBody as lines: rendered like a page when it holds markup, else split on line breaks with entities decoded.</summary>
    private List<string> Lines(string articleBody)
    {
        var lines = new List<string>();
        if (articleBody.Contains('<', StringComparison.Ordinal) && articleBody.Contains('>', StringComparison.Ordinal))
        {
            using var doc = parser.ParseDocument(articleBody);
            var rendered = renderer.Render(doc.DocumentElement);
            foreach (var b in rendered.Blocks) lines.Add(rendered.Text[b.Start..b.End]);
            return lines;
        }
        foreach (var raw in WebUtility.HtmlDecode(articleBody).Split('\n'))
        {
            var line = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    private static int NonSpace(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
