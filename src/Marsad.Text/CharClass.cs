using System.Globalization;

namespace Marsad.Text;

/// <summary>What role a UTF-16 unit plays for the tokeniser and the sentence splitter.</summary>
internal enum CharClass : byte
{
    /// <summary>Symbols, controls, private use, unassigned: one Symbol token each.</summary>
    Symbol,
    Space,
    /// <summary>A space that also ends a line (and so a sentence).</summary>
    LineBreak,
    ArabicLetter,
    /// <summary>Harakat, shadda, sukun, Quranic marks, superscript alef and tatweel: they join an Arabic word.</summary>
    ArabicMark,
    /// <summary>Format characters (ZWNJ, ZWJ, bidi marks, U+061C, BOM, soft hyphen): invisible, kept inside a word, skipped outside one.</summary>
    Ignorable,
    /// <summary>A decimal digit of any script (ASCII, Arabic-Indic, Persian, …).</summary>
    Digit,
    /// <summary>A letter of any script but Arabic (almost always Latin in Arabic news).</summary>
    Letter,
    /// <summary>A combining mark outside the Arabic blocks (decomposed accents on Latin letters).</summary>
    Mark,
    Punctuation,
    HighSurrogate,
    LowSurrogate,
}

/// <summary>
/// A 64 KiB table from every UTF-16 unit to its <see cref="CharClass"/>, built once from the Unicode
/// categories of the running .NET, so the tokeniser's inner loop is one array read per character.
/// </summary>
internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    /// <summary>The table itself, for loops that index it directly.</summary>
    public static ReadOnlySpan<CharClass> All => Table;

    private static CharClass[] Build()
    {
        var table = new CharClass[65536];
        for (int i = 0; i < table.Length; i++) table[i] = Classify((char)i);
        return table;
    }

    private static bool InArabicBlocks(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u0870' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    private static CharClass Classify(char c)
    {
        if (c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029') return CharClass.LineBreak;
        if (char.IsWhiteSpace(c)) return CharClass.Space;
        if (c == '\u0640') return CharClass.ArabicMark; // tatweel is a modifier letter by category, a stretch by use
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format:
                return CharClass.Ignorable;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return InArabicBlocks(c) ? CharClass.ArabicMark : CharClass.Mark;
            case UnicodeCategory.DecimalDigitNumber:
                return CharClass.Digit;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return InArabicBlocks(c) ? CharClass.ArabicLetter : CharClass.Letter;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            case UnicodeCategory.Surrogate:
                return char.IsHighSurrogate(c) ? CharClass.HighSurrogate : CharClass.LowSurrogate;
            default:
                return CharClass.Symbol;
        }
    }
}
