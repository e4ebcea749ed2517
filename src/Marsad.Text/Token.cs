namespace Marsad.Text;

/// <summary>What kind of run of characters a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Arabic letters (with any marks and tatweel inside).</summary>
    Word,
    /// <summary>Digits in any script, with inner separators ("3.5", "1,220", "١١").</summary>
    Number,
    /// <summary>Latin-script letters (names, acronyms).</summary>
    Latin,
    Punctuation,
    Url,
    Symbol,
}

/// <summary>A token: a half-open UTF-16 range into the original text and its kind.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}

/// <summary>A sentence: a half-open range into the original text and the tokens it holds.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}
