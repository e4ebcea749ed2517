using Marsad.Ingest.Encodings;

namespace Marsad.Ingest.Html;

/// <summary>
/// Turns a page's bytes into text: the charset the HTTP header gave (WARC), else the page's own
/// &lt;meta charset&gt; / http-equiv, is handed to the ingest layer's <see cref="ArabicTextDecoder"/>,
/// which tries a byte-order mark first, then that label, then strict UTF-8, then the legacy Arabic
/// code pages (windows-1256, ISO-8859-6) it can verify.
/// </summary>
public static class HtmlDecoding
{
    /// <exception cref="InvalidDataException">The bytes decode to no text the decoder can vouch for (binary, unknown code page).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        var declared = Usable(httpCharset) ?? Usable(MetaCharset(bytes[..Math.Min(bytes.Length, 4096)]));
        var result = ArabicTextDecoder.Decode(bytes, declared);
        return result.Text ?? throw new InvalidDataException(result.Failure ?? "cannot decode the page");
    }

    /// <summary>
    /// The label when .NET knows it and it reads ASCII as ASCII, else null (detection decides). A label
    /// read from the page's ASCII bytes cannot truthfully name UTF-16, UTF-7 or EBCDIC (browsers ignore
    /// such labels too), and .NET refuses UTF-7 with NotSupportedException rather than ArgumentException.
    /// </summary>
    private static string? Usable(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        System.Text.Encoding encoding;
        try
        {
            encoding = System.Text.Encoding.GetEncoding(label.Trim());
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
        return encoding.GetString("<meta charset=>"u8) == "<meta charset=>" ? label.Trim() : null;
    }

    /// <summary>The charset in the first &lt;meta charset&gt; or &lt;meta http-equiv content="…; charset=…"&gt;, from ASCII bytes.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        var ascii = System.Text.Encoding.Latin1.GetString(head);
        int i = 0;
        while ((i = ascii.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int j = i + 7;
            while (j < ascii.Length && ascii[j] is ' ' or '\t') j++;
            if (j < ascii.Length && ascii[j] == '=')
            {
                j++;
                while (j < ascii.Length && ascii[j] is ' ' or '"' or '\'') j++;
                int s = j;
                while (j < ascii.Length && (char.IsAsciiLetterOrDigit(ascii[j]) || ascii[j] is '-' or '_' or ':' or '.')) j++;
                if (j > s) return ascii[s..j];
            }
            i += 7;
        }
        return null;
    }
}
