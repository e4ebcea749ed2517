using System.Buffers;

namespace Marsad.Text;

/// <summary>
/// Splits a tokenised text into sentences.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="bullet">
/// <item>A line break always ends a sentence (news paragraphs are lines) and closes any open quote
/// or bracket.</item>
/// <item>. ! ? ؟ ؛ … and their runs ("؟!", "...") end a sentence, with the closing quotes and
/// brackets right after them ("قال: «انتهى.»").</item>
/// <item>Not inside quotes (“” «» "") or brackets: a quoted statement ending in "." stays one
/// sentence with its reporting clause; the sentence ends after the closing quote when a terminal
/// stands right before it. Curly quotes and guillemets are paired as toggles, because right-to-left
/// typing often puts the "closing" glyph first. A quote or bracket that does not close within
/// <see cref="QuoteLookahead"/> tokens on its line is taken as unbalanced and no longer holds
/// sentences together.</item>
/// <item>Not at the dot of an abbreviation (<see cref="Abbreviations"/>: "د.", "ص.", "ق.م.") nor
/// after a single letter (an initial: "م.", "J."), nor at a dot glued between a single letter and
/// the next letter ("أ.ف.ب"). After a number the abbreviation is a unit or era ("1436هـ.", "2015م.")
/// and its dot may end the sentence.</item>
/// <item>Numbers ("3.5") are single tokens, so their dots never reach the splitter.</item>
/// </list>
/// One pass over the tokens, plus a look-ahead of at most <see cref="QuoteLookahead"/> tokens at a terminal inside a quote.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Splits with the shipped abbreviation list.</summary>
    public static Sentence[] Split(string text, Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Split(text.AsSpan(), tokens, Abbreviations.Shipped);
    }

    /// <summary>Splits <paramref name="tokens"/> (from <see cref="Tokenizer"/> over <paramref name="text"/>) into sentences.</summary>
    public static Sentence[] Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Abbreviations abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        if (tokens.IsEmpty) return [];
        // News averages some 25 tokens a sentence.
        var sentences = new List<Sentence>(tokens.Length / 24 + 1);
        var open = new OpenMarks();
        int first = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (t > 0 && HasLineBreak(text, tokens[t - 1].End, tokens[t].Start))
            {
                if (t > first) { sentences.Add(Make(tokens, first, t - 1)); first = t; }
                open = default;
            }
            var tok = tokens[t];
            if (tok.Kind != TokenKind.Punctuation) continue;
            char c = text[tok.Start];
            bool ends;
            if (IsTerminal(c))
            {
                if (c == '.' && IsAbbreviationDot(text, tok, abbreviations)) ends = false;
                else if (!open.Inside) ends = true;
                else if (ClosesSoon(text, tokens, t, open)) ends = false;
                else
                {
                    // A quote or bracket that does not close soon on this line is unbalanced
                    // (scraped text often drops or mirrors one side): forget it and split.
                    ends = true;
                    open = default;
                }
            }
            else
                ends = open.Apply(c) && t > first && tokens[t - 1].Kind == TokenKind.Punctuation && IsTerminal(text[tokens[t - 1].Start]);
            if (!ends) continue;
            // Keep repeated terminals and the closers right after them with this sentence.
            while (t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Punctuation && !HasLineBreak(text, tokens[t].End, tokens[t + 1].Start))
            {
                char next = text[tokens[t + 1].Start];
                if (IsTerminal(next) || open.Closes(next)) { open.Apply(next); t++; }
                else break;
            }
            sentences.Add(Make(tokens, first, t));
            first = t + 1;
        }
        if (first < tokens.Length) sentences.Add(Make(tokens, first, tokens.Length - 1));
        return sentences.ToArray();
    }

    /// <summary>
    /// How far ahead, in tokens, a terminal inside a quote or bracket looks for the closing mark.
    /// A closer further away (or none on the line) marks the quote as unbalanced. 100 tokens is four
    /// median news sentences (25 tokens; p99 126, in 3,000 SaudiNewsNet articles): long enough for a
    /// quoted statement of several sentences, short enough that a stray « or “ cannot swallow a paragraph.
    /// </summary>
    public const int QuoteLookahead = 100;

    private static bool ClosesSoon(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, OpenMarks open)
    {
        int last = Math.Min(tokens.Length - 1, t + QuoteLookahead);
        for (int u = t + 1; u <= last; u++)
        {
            if (HasLineBreak(text, tokens[u - 1].End, tokens[u].Start)) return false;
            if (tokens[u].Kind == TokenKind.Punctuation && open.Apply(text[tokens[u].Start])) return true;
        }
        return false;
    }

    /// <summary>True for a character that ends a sentence outside quotes and brackets.</summary>
    public static bool IsTerminal(char c) =>
        c is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026' or '\u06D4' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private static Sentence Make(ReadOnlySpan<Token> tokens, int first, int last) =>
        new(tokens[first].Start, tokens[last].End, first, last - first + 1);

    // The characters CharClass.LineBreak holds.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u000B\u000C\u0085\u2028\u2029");

    private static bool HasLineBreak(ReadOnlySpan<char> text, int from, int to)
    {
        var gap = text[from..to];
        // Nearly every gap is one space: test that before a vector search.
        return gap.Length == 1 ? gap[0] != ' ' && LineBreaks.Contains(gap[0]) : gap.ContainsAny(LineBreaks);
    }

    private static bool IsAbbreviationDot(ReadOnlySpan<char> text, Token dot, Abbreviations abbreviations)
    {
        var classes = CharClasses.All;
        // The letters and dots glued to the left of this dot: "د", "ق.م", "أ.ف.ب".
        int start = dot.Start;
        int limit = Math.Max(0, dot.Start - Abbreviations.MaxLength);
        while (start > limit && classes[text[start - 1]] is CharClass.ArabicLetter or CharClass.ArabicMark or CharClass.Letter
               || start > limit && text[start - 1] == '.')
            start--;
        if (start == dot.Start) return false;

        int segmentStart = text[start..dot.Start].LastIndexOf('.') + 1 + start;
        bool initial = IsSingleLetter(text[segmentStart..dot.Start], classes);
        // "ق.م", "أ.ف.ب": a dot between an initial and the next letter is inside the abbreviation.
        if (initial && dot.End < text.Length && classes[text[dot.End]] is CharClass.ArabicLetter or CharClass.Letter)
            return true;
        if (FollowsNumber(text, start, classes)) return false;
        return initial || abbreviations.Contains(text[start..dot.End]);
    }

    private static bool IsSingleLetter(ReadOnlySpan<char> segment, ReadOnlySpan<CharClass> classes)
    {
        int letters = 0;
        char letter = '\0';
        foreach (char c in segment)
        {
            var cls = classes[c];
            if (cls is CharClass.ArabicLetter or CharClass.Letter) { letters++; letter = c; }
        }
        // Latin initials are capitals ("J. Smith"); a lower-case letter before a dot is a word end.
        return letters == 1 && (classes[letter] == CharClass.ArabicLetter || char.IsUpper(letter));
    }

    private static bool FollowsNumber(ReadOnlySpan<char> text, int start, ReadOnlySpan<CharClass> classes)
    {
        int i = start - 1;
        while (i >= 0 && i >= start - 3 && classes[text[i]] == CharClass.Space) i--;
        return i >= 0 && classes[text[i]] == CharClass.Digit;
    }

    /// <summary>Which quotes and brackets are open on the current line.</summary>
    private struct OpenMarks
    {
        private int _brackets;
        private bool _curly, _guillemet, _ascii;

        public readonly bool Inside => _brackets > 0 || _curly || _guillemet || _ascii;

        /// <summary>True when <paramref name="c"/> would close an open quote or bracket.</summary>
        public readonly bool Closes(char c) => c switch
        {
            ')' or ']' or '}' or '\uFD3E' => _brackets > 0,
            '\u201C' or '\u201D' or '\u201E' or '\u201F' => _curly,
            '\u00AB' or '\u00BB' => _guillemet,
            '"' => _ascii,
            '\u2019' => true,
            _ => false,
        };

        /// <summary>Opens or closes for <paramref name="c"/>; true when that closed the last open mark.</summary>
        public bool Apply(char c)
        {
            bool wasInside = Inside;
            switch (c)
            {
                case '(' or '[' or '{' or '\uFD3F': _brackets++; break;
                case ')' or ']' or '}' or '\uFD3E': if (_brackets > 0) _brackets--; break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F': _curly = !_curly; break;
                case '\u00AB' or '\u00BB': _guillemet = !_guillemet; break;
                case '"': _ascii = !_ascii; break;
                default: return false;
            }
            return wasInside && !Inside;
        }
    }
}
