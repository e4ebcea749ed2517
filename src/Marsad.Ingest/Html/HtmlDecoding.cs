using System.Text;

namespace Marsad.Ingest.Html;

/// <summary>
/// Turns a page's bytes into text: a byte-order mark first, then the charset the HTTP header gave
/// (WARC), then the page's own &lt;meta charset&gt; / http-equiv, then UTF-8 when the bytes are valid
/// UTF-8, else windows-1256 (the legacy Arabic code page most Arabic sites used).
/// Kept small on purpose: the ingest layer's encoding detector replaces it.
/// </summary>
public static class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var declared = ByName(httpCharset) ?? ByName(MetaCharset(bytes[..Math.Min(bytes.Length, 4096)]));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Declared UTF-8 (or undeclared) but not valid UTF-8: mislabelled legacy Arabic pages are the usual case.
            return (declared is null ? Encoding.GetEncoding(1256) : Encoding.UTF8).GetString(bytes);
        }
    }

    /// <summary>The encoding a charset label names, or null for a label .NET does not know.</summary>
    public static Encoding? ByName(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG maps these labels to windows code pages; browsers decode them so.
        name = name switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "iso-8859-6" or "arabic" or "iso-ir-127" or "asmo-708" or "ecma-114" => "iso-8859-6",
            "cp1256" or "x-cp1256" => "windows-1256",
            _ => name,
        };
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // an unknown label is treated as no label (browsers do the same)
        }
    }

    /// <summary>The charset in the first &lt;meta charset&gt; or &lt;meta http-equiv content="…; charset=…"&gt;, from ASCII bytes.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
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
