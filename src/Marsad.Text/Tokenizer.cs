using System.Buffers;

namespace Marsad.Text;

/// <summary>
/// Splits text into word, number, Latin, URL, punctuation and symbol tokens with UTF-16 offsets
/// into the unchanged text. Whitespace and invisible format characters between tokens are skipped.
/// </summary>
/// <remarks>
/// Rules, in the order they are tried at a token start:
/// <list type="bullet">
/// <item>URL: "http://", "https://" or "www." up to whitespace, a quote or an angle bracket,
/// without trailing sentence punctuation (and without a trailing ")" it did not open).</item>
/// <item>Word: Arabic letters with the marks, tatweel and zero-width joiners inside them ("لـ",
/// "عالِ", "المُسلحة"); a trailing invisible character is left outside.</item>
/// <item>Number: digits of any script with a single inner separator between digits ("3.5",
/// "1,220", "11/4/2018", "١١", "٣٫٥"); a separator not followed by a digit ends the number.</item>
/// <item>Latin: letters of any other script with digits and accents ("SANA", "F16").</item>
/// <item>Punctuation: one character each, so "..." is three tokens (the splitter joins runs).</item>
/// <item>Symbol: anything else, one character (a surrogate pair stays whole), or a run of orphan
/// Arabic marks.</item>
/// </list>
/// One pass: runs of the core Arabic block (letters, tatweel, harakat) are skipped with a vectorised
/// range search, every other character costs one read of a 64 KiB class table; no allocation
/// besides the result.
/// </remarks>
public static class Tokenizer
{
    private static readonly SearchValues<char> UrlStops = SearchValues.Create(" \t\n\r\u00A0\"<>«»“”\u2028\u2029");

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text.AsSpan());
    }

    /// <summary>Tokenises <paramref name="text"/>; offsets are indexes into the span.</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        // Arabic news averages about six UTF-16 units per token with its space; start a little
        // above that so most texts never grow the scratch buffer.
        var scratch = ArrayPool<Token>.Shared.Rent(text.Length / 4 + 16);
        int count = 0;
        try
        {
            var classes = CharClasses.All;
            int n = text.Length;
            int i = 0;
            while (i < n)
            {
                char c = text[i];
                var cls = classes[c];
                int start = i;
                TokenKind kind;
                switch (cls)
                {
                    case CharClass.Space:
                    case CharClass.LineBreak:
                    case CharClass.Ignorable:
                        i++;
                        continue;
                    case CharClass.ArabicLetter:
                        i++;
                        while (true)
                        {
                            // U+0621–U+0652 (letters, tatweel, harakat) is all word inside: skip it vectorised,
                            // then let the table judge the character that stopped the run.
                            int run = text[i..].IndexOfAnyExceptInRange('\u0621', '\u0652');
                            i = run < 0 ? n : i + run;
                            if (i < n && classes[text[i]] is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Ignorable) { i++; continue; }
                            break;
                        }
                        while (classes[text[i - 1]] == CharClass.Ignorable) i--;
                        kind = TokenKind.Word;
                        break;
                    case CharClass.Digit:
                        i = ScanNumber(text, i + 1, classes);
                        kind = TokenKind.Number;
                        break;
                    case CharClass.Letter:
                        if (c is 'h' or 'H' or 'w' or 'W' && IsUrlStart(text[i..]))
                        {
                            i = ScanUrl(text, i);
                            kind = TokenKind.Url;
                            break;
                        }
                        i++;
                        while (i < n && classes[text[i]] is CharClass.Letter or CharClass.Digit or CharClass.Mark) i++;
                        kind = TokenKind.Latin;
                        break;
                    case CharClass.Punctuation:
                        i++;
                        kind = TokenKind.Punctuation;
                        break;
                    case CharClass.ArabicMark:
                        // Marks with no letter before them (a stray kasra, a tatweel rule "ـــ").
                        i++;
                        while (i < n && classes[text[i]] == CharClass.ArabicMark) i++;
                        kind = TokenKind.Symbol;
                        break;
                    case CharClass.HighSurrogate:
                        i += i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                        kind = TokenKind.Symbol;
                        break;
                    default: // Symbol, Mark without a letter, lone low surrogate
                        i++;
                        kind = TokenKind.Symbol;
                        break;
                }
                if (count == scratch.Length) Grow(ref scratch);
                scratch[count++] = new Token(start, i, kind);
            }
            return scratch.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(scratch);
        }
    }

    /// <summary>True for an Arabic letter (any Arabic block, presentation forms included).</summary>
    public static bool IsArabicLetter(char c) => CharClasses.Of(c) == CharClass.ArabicLetter;

    /// <summary>True for an Arabic mark or tatweel, which a word keeps inside it.</summary>
    public static bool IsArabicMark(char c) => CharClasses.Of(c) == CharClass.ArabicMark;

    /// <summary>True for a character that separates a number's digit groups ("3.5", "1,220", "٣٫٥", "٣،٥" with the Arabic comma as decimal mark, "11/4", "10:30").</summary>
    public static bool IsNumberSeparator(char c) => c is '.' or ',' or '\u066B' or '\u066C' or '\u060C' or '/' or ':';

    private static int ScanNumber(ReadOnlySpan<char> text, int i, ReadOnlySpan<CharClass> classes)
    {
        while (i < text.Length)
        {
            var cls = classes[text[i]];
            if (cls == CharClass.Digit) { i++; continue; }
            if (IsNumberSeparator(text[i]) && i + 1 < text.Length && classes[text[i + 1]] == CharClass.Digit) { i += 2; continue; }
            break;
        }
        return i;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> rest) =>
        rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        int stop = text[start..].IndexOfAny(UrlStops);
        int end = stop < 0 ? text.Length : start + stop;
        var url = text[start..end];
        bool opensParen = url.Contains('(');
        // Sentence punctuation right after a URL belongs to the sentence, not the address.
        while (end > start + 1)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}' or '\u060C' or '\u061B' or '\u061F' or '\u2026'
                || last == ')' && !opensParen
                || CharClasses.Of(last) == CharClass.Ignorable)
                end--;
            else break;
        }
        return end;
    }

    private static void Grow(ref Token[] scratch)
    {
        var bigger = ArrayPool<Token>.Shared.Rent(scratch.Length * 2);
        scratch.AsSpan().CopyTo(bigger);
        ArrayPool<Token>.Shared.Return(scratch);
        scratch = bigger;
    }
}
