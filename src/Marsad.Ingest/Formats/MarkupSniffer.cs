using System.Text;

namespace Marsad.Ingest.Formats;

/// <summary>
/// Looks at the first bytes of an input and names its first markup element, skipping a byte-order
/// mark, white space, an XML declaration, comments, processing instructions and a doctype. Works on
/// ASCII-compatible bytes and on UTF-16 with a BOM.
/// </summary>
public static class MarkupSniffer
{
    /// <summary>The lower-cased local name of the first element ("html", "rss", "feed", "rdf"), or null.</summary>
    public static string? FirstElement(ReadOnlySpan<byte> head) => FirstElement(AsText(head));

    /// <summary>True when the doctype says html (a page without &lt;html&gt; still has one).</summary>
    public static bool HasHtmlDoctype(ReadOnlySpan<byte> head) =>
        AsText(head).Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The head as text: UTF-16 when it starts with a UTF-16 BOM, else Latin-1 (tags are ASCII).</summary>
    public static string AsText(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return Encoding.Unicode.GetString(head[2..]);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) head = head[3..];
        return Encoding.Latin1.GetString(head);
    }

    public static string? FirstElement(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
            if (i >= text.Length || text[i] != '<') return null;
            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                int end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 3;
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] is '?' or '!')
            {
                int end = text.IndexOf('>', i + 2);
                if (end < 0) return null;
                i = end + 1;
                continue;
            }
            int s = i + 1, e = s;
            while (e < text.Length && (char.IsAsciiLetterOrDigit(text[e]) || text[e] is ':' or '-' or '_')) e++;
            if (e == s) return null;
            var name = text[s..e].ToLowerInvariant();
            int colon = name.IndexOf(':');
            return colon >= 0 ? name[(colon + 1)..] : name;
        }
        return null;
    }

    /// <summary>True when the path ends with one of the extensions (a trailing ".gz" ignored).</summary>
    public static bool HasExtension(string path, params string[] extensions)
    {
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) path = path[..^3];
        foreach (var ext in extensions)
            if (path.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
