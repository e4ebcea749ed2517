namespace Marsad.Text;

/// <summary>Which optional folds the normaliser applies on top of the always-on ones.</summary>
[Flags]
public enum NormalizerOptions
{
    None = 0,
    /// <summary>ة → ه, for matching names whose teh marbuta is written as heh.</summary>
    FoldTehMarbuta = 1,
    /// <summary>ى → ي.</summary>
    FoldAlefMaqsura = 2,
    /// <summary>The default for matching: every fold.</summary>
    Matching = FoldTehMarbuta | FoldAlefMaqsura,
}

/// <summary>
/// Arabic orthographic normalisation as a pure per-character function. Characters are either
/// mapped to one character or dropped (<c>'\0'</c>), so the shadow text is never longer than the
/// original and every shadow index maps back to exactly one original index.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>Returns the normalised character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c, NormalizerOptions options = NormalizerOptions.Matching)
    {
        switch (c)
        {
            // Hamza-carrying and wasla alefs are spelled interchangeably in news copy.
            case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673':
                return '\u0627';
            case '\u0649': // alef maqsura is written for final yeh in Egyptian spelling and vice versa
                return (options & NormalizerOptions.FoldAlefMaqsura) != 0 ? '\u064A' : c;
            case '\u0629': // teh marbuta often typed as heh
                return (options & NormalizerOptions.FoldTehMarbuta) != 0 ? '\u0647' : c;
            case '\u0640': // tatweel is typographic stretching
                return '\0';
            case '\u06CC': return '\u064A'; // Farsi yeh
            case '\u06A9': return '\u0643'; // keheh
            // Bidi and zero-width controls carry no letters.
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C': case '\uFEFF':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069':
                return '\0';
            // Typographic quotes and dashes fold to ASCII ones.
            case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u201F':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                return '-';
            case '\u00A0': case '\u2007': case '\u202F':
                return ' ';
        }
        // Harakat, tanween, shadda, sukun and superscript alef are optional vowel marks.
        if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c is >= '\u06D6' and <= '\u06ED' || c is >= '\u0610' and <= '\u061A')
            return '\0';
        // Arabic-Indic and extended (Persian) digits become ASCII digits.
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        // Presentation forms are compatibility-decomposed to their base letters.
        if (c is >= '\uFB50' and <= '\uFDFF' || c is >= '\uFE70' and <= '\uFEFF')
            return PresentationForms.Base(c, options);
        return c;
    }
}
