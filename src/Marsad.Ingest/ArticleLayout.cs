using Marsad.Text;

namespace Marsad.Ingest;

/// <summary>
/// Where the article proper lies inside <see cref="Article.Text"/>: the headline, the article's own
/// paragraphs (site chrome, widgets, related links and repeated headlines lie outside them) and the
/// outlet when the text names it. UTF-16 spans into the unchanged text.
/// </summary>
public sealed record ArticleLayout(TextSpan? Title, IReadOnlyList<TextSpan> Body, string? Outlet)
{
    /// <summary>A layout that treats every non-blank line as body, for text known to be clean.</summary>
    public static ArticleLayout WholeText(string text)
    {
        var body = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) body.Add(new TextSpan(s, e));
            i = end + 1;
        }
        return new ArticleLayout(null, body, null);
    }
}
