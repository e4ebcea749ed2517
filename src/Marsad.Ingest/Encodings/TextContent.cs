namespace Marsad.Ingest.Encodings;

/// <summary>Checks a decoded document for what makes it unusable as an article: nothing in it, or binary junk.</summary>
public static class TextContent
{
    // Real news text holds no C0 control characters apart from tab, line feed, carriage return and
    // the odd form feed; one in a hundred characters is far above anything a scraper or word
    // processor leaves behind, and far below what binary data decoded as text looks like (random
    // bytes give ~12% controls).
    private const double MaxControlShare = 0.01;

    /// <summary>The reason the text cannot be an article, or null when it can.</summary>
    public static string? Problem(string text)
    {
        bool anyContent = false;
        int controls = 0;
        foreach (char c in text)
        {
            if (c == '\0') return "binary content (NUL characters), not text";
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) controls++;
            else if (c is >= '\u007F' and <= '\u009F') controls++;
            else if (!anyContent && !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u061C')) anyContent = true;
        }
        if (controls > text.Length * MaxControlShare)
            return $"binary content ({controls} control characters in {text.Length}), not text";
        return anyContent ? null : "empty article (only white space)";
    }
}
