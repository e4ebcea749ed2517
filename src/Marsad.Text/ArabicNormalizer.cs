namespace Marsad.Text;

/// <summary>Which optional folds the normaliser applies on top of the always-on ones.</summary>
[Flags]
public enum NormalizerOptions
{
    /// <summary>Only the always-on folds: ة and ى stay as written.</summary>
    None = 0,
    /// <summary>ة → ه, for matching names whose teh marbuta is written as heh ("حماه"/"حماة").</summary>
    FoldTehMarbuta = 1,
    /// <summary>ى → ي, for matching across Egyptian and Levantine spelling ("مصطفى"/"مصطفي").</summary>
    FoldAlefMaqsura = 2,
    /// <summary>The default for matching: every fold.</summary>
    Matching = FoldTehMarbuta | FoldAlefMaqsura,
}

/// <summary>
/// Arabic orthographic normalisation as a pure per-character function. Characters are either
/// mapped to one character or dropped (<c>'\0'</c>), so the shadow text is never longer than the
/// original and every shadow index maps back to exactly one original index. The function is
/// idempotent: folding a folded character returns it unchanged.
/// </summary>
public static class ArabicNormalizer
{
    // One 64 KiB table per option set, built on first use from Fold: a table read beats the
    // switch in the per-character loops of NormalizedText.Create. Races only build equal tables.
    private static readonly char[]?[] Tables = new char[]?[4];

    /// <summary>Returns the normalised character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c, NormalizerOptions options = NormalizerOptions.Matching)
    {
        switch (c)
        {
            // Hamza-carrying, madda and wasla alefs are spelled interchangeably in news copy
            // ("أحمد"/"احمد", "إدلب"/"ادلب", "آذار"/"اذار").
            case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673': case '\u0675':
                return '\u0627';
            case '\u0649': // alef maqsura is written for final yeh in Egyptian spelling and vice versa
                return (options & NormalizerOptions.FoldAlefMaqsura) != 0 ? '\u064A' : c;
            case '\u0629': // teh marbuta is often typed as heh
                return (options & NormalizerOptions.FoldTehMarbuta) != 0 ? '\u0647' : c;
            case '\u0640': // tatweel is typographic stretching ("لـ", "الـمـعـارضـة")
                return '\0';
            case '\u06CC': return '\u064A'; // Farsi yeh, from Persian keyboards
            case '\u06A9': case '\u06AA': return '\u0643'; // keheh and swash kaf, likewise
            // Bidi, zero-width and soft-hyphen controls carry no letters.
            case '\u00AD':
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C': case '\uFEFF':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2060': case '\u2061': case '\u2062': case '\u2063': case '\u2064':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069':
                return '\0';
            // Typographic double quotes and guillemets fold to the ASCII quote.
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039': case '\u203A': case '\u2032':
                return '\'';
            // Hyphens, dashes and the minus sign fold to the ASCII hyphen.
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            // No-break and narrow spaces are spaces.
            case '\u00A0': case '\u2007': case '\u202F':
                return ' ';
            // Arabic decimal and thousands separators and percent sign, so "٣٫٥" matches "3.5".
            case '\u066B': return '.';
            case '\u066C': return ',';
            case '\u066A': return '%';
        }
        // Harakat, tanween, shadda, sukun, hamza marks and superscript alef are optional vowel marks;
        // the Quranic annotation signs likewise.
        if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c is >= '\u06D6' and <= '\u06ED' || c is >= '\u0610' and <= '\u061A')
            return '\0';
        // Arabic-Indic and extended (Persian) digits become ASCII digits ("١١" → "11").
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        // Presentation forms (contextual glyphs from PDFs and old encoders) become their base letters.
        if (c is >= '\uFB50' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFE')
            return PresentationForms.Base(c, options);
        return c;
    }

    /// <summary>
    /// Normalises <paramref name="source"/> into <paramref name="destination"/> (at least as long as
    /// the source) and returns the number of characters written. Allocation-free.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, NormalizerOptions options = NormalizerOptions.Matching)
    {
        if (destination.Length < source.Length)
            throw new ArgumentException($"destination holds {destination.Length} characters; the source needs up to {source.Length}", nameof(destination));
        var table = TableFor(options);
        int n = 0;
        foreach (char c in source)
        {
            char f = table[c];
            if (f != '\0') destination[n++] = f;
        }
        return n;
    }

    /// <summary>The fold of every UTF-16 unit under <paramref name="options"/> ('\0' = dropped).</summary>
    internal static char[] TableFor(NormalizerOptions options)
    {
        int key = (int)(options & NormalizerOptions.Matching);
        return Tables[key] ?? (Tables[key] = BuildTable(options));
    }

    private static char[] BuildTable(NormalizerOptions options)
    {
        var table = new char[65536];
        for (int i = 0; i < table.Length; i++) table[i] = Fold((char)i, options);
        return table;
    }
}
