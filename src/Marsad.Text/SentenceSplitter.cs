namespace Marsad.Text;

/// <summary>
/// Splits a tokenised text into sentences at . ! ? ؟ ؛ … and at line breaks, keeping a closing
/// quote or bracket with the sentence it ends.
/// </summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            bool boundary = false;
            var tok = tokens[t];
            if (tok.Kind == TokenKind.Punctuation && tok.Length == 1 && IsTerminal(text[tok.Start]))
            {
                // Absorb closing quotes/brackets and repeated terminals.
                while (t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Punctuation && tokens[t + 1].Length == 1
                       && (IsCloser(text[tokens[t + 1].Start]) || IsTerminal(text[tokens[t + 1].Start]))
                       && !HasLineBreak(text, tok.End, tokens[t + 1].Start))
                {
                    t++; tok = tokens[t];
                }
                boundary = true;
            }
            else if (t + 1 < tokens.Length && HasLineBreak(text, tok.End, tokens[t + 1].Start))
            {
                boundary = true;
            }
            if (boundary || t == tokens.Length - 1)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[t].End, first, t - first + 1));
                first = t + 1;
            }
        }
        return sentences.ToArray();
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u061F' or '\u061B' or '\u2026';
    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u00BB' or '\u2019';

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }
}
