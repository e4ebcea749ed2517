using Marsad.Text;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// The matching key of a name: its tokens (the text layer's tokenizer), each normalised with every
/// matching fold, Latin upper-cased so acronyms match in any case, joined by one space. The same
/// function keys knowledge-base aliases and text spans, so they meet exactly.
/// </summary>
public static class AliasKey
{
    /// <summary>Normalised tokens of a name; empty when it holds no token.</summary>
    public static string[] Tokens(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var result = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
            result[i] = OfToken(name.AsSpan(tokens[i].Start, tokens[i].Length), tokens[i].Kind);
        return result;
    }

    /// <summary>The key of a whole name.</summary>
    public static string Of(string name) => string.Join(' ', Tokens(name));

    /// <summary>Normalised form of one token as used in keys.</summary>
    public static string OfToken(ReadOnlySpan<char> surface, TokenKind kind)
    {
        var normalized = NormalizedText.Normalize(surface);
        return kind == TokenKind.Latin ? normalized.ToUpperInvariant() : normalized;
    }
}
