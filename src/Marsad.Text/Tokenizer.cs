namespace Marsad.Text;

/// <summary>Splits text into word, number, Latin, URL and punctuation tokens with UTF-16 offsets.</summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsIgnorable(c)) { i++; continue; }
            int start = i;
            if (IsUrlStart(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
                while (i > start + 1 && ".,;:!?)»”\"'".Contains(text[i - 1])) i--;
                tokens.Add(new Token(start, i, TokenKind.Url));
            }
            else if (IsArabicLetter(c))
            {
                while (i < text.Length && (IsArabicLetter(text[i]) || IsArabicMark(text[i]) || IsIgnorable(text[i]))) i++;
                while (i > start + 1 && IsIgnorable(text[i - 1])) i--;
                tokens.Add(new Token(start, i, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i])) { i++; continue; }
                    // A separator between two digits stays inside the number: "3.5", "1,220", "٣٫٥".
                    if (IsNumberSeparator(text[i]) && i + 1 < text.Length && char.IsDigit(text[i + 1])) { i += 2; continue; }
                    break;
                }
                tokens.Add(new Token(start, i, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) && !IsArabicLetter(text[i]) || char.IsSurrogate(text[i]))) i++;
                if (i == start) i++;
                tokens.Add(new Token(start, i, TokenKind.Latin));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }
        return tokens.ToArray();
    }

    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or '\u06D5'
            or >= '\u06FA' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';

    public static bool IsArabicMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06ED';

    private static bool IsIgnorable(char c) => c is >= '\u200B' and <= '\u200F' or '\u061C' or '\uFEFF' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsNumberSeparator(char c) => c is '.' or ',' or '\u066B' or '\u066C' or '/' or ':';

    private static bool IsUrlStart(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
