using System.Text;
using UtfUnknown;

namespace Marsad.Ingest.Encodings;

/// <summary>
/// Turns the bytes of one document into text, finding the encoding the way Arabic news actually
/// arrives: a byte-order mark first (UTF-8, UTF-16 LE/BE), then strict UTF-8 (by far the most
/// common today), then the legacy Arabic code pages windows-1256 and ISO-8859-6 as detected by
/// UTF.Unknown and checked against the decoded letters. Anything else is refused with a reason
/// rather than decoded into mojibake that would poison every later stage.
/// </summary>
public static class ArabicTextDecoder
{
    /// <summary>windows-1256, the Arabic code page of Windows and of most legacy Arabic sites.</summary>
    public const int Windows1256 = 1256;
    /// <summary>ISO-8859-6, the older ISO Arabic code page (still seen in mail and some archives).</summary>
    public const int Iso88596 = 28596;

    // A legacy decoding is accepted only when at least this share of its non-ASCII letters are
    // Arabic letters. Real Arabic text in the right code page scores ~1.0 (the only other non-ASCII
    // letters those pages hold are a handful of French accented letters); bytes that are not Arabic
    // at all (random binary, most single-byte European text) decode to a mix well below 0.9.
    private const double MinArabicShareOfNonAscii = 0.9;

    // …and Arabic letters must be at least half of all letters. French or German text in Latin-1
    // has only a few accented letters among ASCII ones, and ISO-8859-6 happens to map those bytes
    // to Arabic letters; an Arabic article, even one quoting English names, is mostly Arabic.
    private const double MinArabicShareOfLetters = 0.5;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ArabicTextDecoder() => CodePages.EnsureRegistered();

    /// <summary>
    /// Decodes <paramref name="bytes"/>. <paramref name="declaredCharset"/> (an HTML meta charset,
    /// an HTTP header) is tried right after a byte-order mark when it names an encoding .NET knows.
    /// </summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(StrictUtf8, bytes[3..], "UTF-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16 LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16 BE");

        if (declaredCharset is not null && TryDeclared(declaredCharset, bytes) is { } declared)
            return declared;

        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return DecodeResult.Ok(StrictUtf8.GetString(bytes), "UTF-8");

        // Invalid UTF-8 holding NUL bytes is binary (an image, an archive, a UTF-16 file without a
        // BOM); the code-page detector would happily call it something.
        if (bytes.Contains((byte)0))
            return DecodeResult.Fail("binary content (NUL bytes), not text");

        return DecodeLegacyArabic(bytes);
    }

    private static DecodeResult? TryDeclared(string charset, ReadOnlySpan<byte> bytes)
    {
        Encoding encoding;
        try { encoding = Encoding.GetEncoding(charset.Trim()); }
        catch (ArgumentException) { return null; } // an unknown declared name is ignored, detection decides
        if (encoding.CodePage == Encoding.UTF8.CodePage) return null; // validated strictly below
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var r = Strict(strict, bytes, encoding.WebName);
        return r.Text is null ? null : r;
    }

    private static DecodeResult DecodeLegacyArabic(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected?.EncodingName;
        int preferred = detected?.ToLowerInvariant() switch
        {
            "windows-1256" => Windows1256,
            "iso-8859-6" => Iso88596,
            _ => 0,
        };
        if (preferred != 0 && TryCodePage(preferred, bytes) is { } first)
            return first;
        // The detector abstains or guesses another script on short texts (a headline of four
        // words); the letters themselves decide: windows-1256 first, as it is far more common.
        foreach (var cp in (ReadOnlySpan<int>)[Windows1256, Iso88596])
            if (cp != preferred && TryCodePage(cp, bytes) is { } r)
                return r;
        return DecodeResult.Fail("not valid UTF-8 and not recognisable as windows-1256 or ISO-8859-6 Arabic; convert it to UTF-8");
    }

    private static DecodeResult? TryCodePage(int codePage, ReadOnlySpan<byte> bytes)
    {
        var enc = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var r = Strict(enc, bytes, enc.WebName);
        if (r.Text is null) return null;
        var (ofNonAscii, ofLetters) = ArabicLetterShares(r.Text);
        return ofNonAscii >= MinArabicShareOfNonAscii && ofLetters >= MinArabicShareOfLetters ? r : null;
    }

    /// <summary>Arabic letters as a share of the non-ASCII letters and of all letters in <paramref name="text"/> (0 when there are none).</summary>
    internal static (double OfNonAscii, double OfLetters) ArabicLetterShares(string text)
    {
        int letters = 0, nonAscii = 0, arabic = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x80) continue;
            nonAscii++;
            if (c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3') arabic++;
        }
        return nonAscii == 0 ? (0, 0) : ((double)arabic / nonAscii, (double)arabic / letters);
    }

    private static DecodeResult Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try { return DecodeResult.Ok(encoding.GetString(bytes), name); }
        catch (DecoderFallbackException) { return DecodeResult.Fail($"invalid {name} byte sequence"); }
    }
}

/// <summary>The decoded text and the encoding it was read in, or the reason it could not be decoded.</summary>
public readonly record struct DecodeResult(string? Text, string? EncodingName, string? Failure)
{
    public static DecodeResult Ok(string text, string encodingName) => new(text, encodingName, null);
    public static DecodeResult Fail(string reason) => new(null, null, reason);
    public bool Succeeded => Text is not null;
}
