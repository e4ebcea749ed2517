namespace Marsad.Text;

/// <summary>
/// The text layer's product for one text: the unchanged original, its tokens and sentences, and
/// each token's normalised form. Later stages read it and never change it.
/// </summary>
public sealed class AnalysedText
{
    private readonly string?[] _normalized;
    private NormalizedText? _shadow;

    public AnalysedText(string text, Token[] tokens, Sentence[] sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _normalized = new string?[tokens.Length];
    }

    public string Text { get; }
    /// <summary>Tokens in text order, non-overlapping, as UTF-16 half-open ranges into <see cref="Text"/>.</summary>
    public Token[] Tokens { get; }
    /// <summary>Sentences in text order; together they hold every token exactly once.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>
    /// The whole text normalised (<see cref="NormalizerOptions.Matching"/>) with its map back to
    /// <see cref="Text"/>, for matching phrases across tokens. Built on first use.
    /// </summary>
    public NormalizedText Shadow => _shadow ??= NormalizedText.Create(Text);

    /// <summary>Surface form of token <paramref name="index"/> as it appears in the text.</summary>
    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>Normalised form (all matching folds) of token <paramref name="index"/>, computed once.</summary>
    public string Normalized(int index) => _normalized[index] ??= NormalizedText.Normalize(Surface(index));

    /// <summary>Text of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> SentenceText(int index) => Text.AsSpan(Sentences[index].Start, Sentences[index].End - Sentences[index].Start);

    /// <summary>Index of the sentence that holds token <paramref name="tokenIndex"/>, or -1.</summary>
    public int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].EndToken <= tokenIndex) lo = mid + 1;
            else if (Sentences[mid].FirstToken > tokenIndex) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the token covering UTF-16 index <paramref name="charIndex"/>, or -1 when it falls between tokens.</summary>
    public int TokenAt(int charIndex)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= charIndex) lo = mid + 1;
            else if (Tokens[mid].Start > charIndex) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// Clitic segmentations of token <paramref name="index"/> (see <see cref="Clitics.Candidates"/>);
    /// offsets are relative to the token's start. Returns the number written to <paramref name="buffer"/>.
    /// </summary>
    public int CliticCandidates(int index, Span<CliticSplit> buffer) =>
        Tokens[index].Kind == TokenKind.Word ? Clitics.Candidates(Surface(index), buffer) : Clitics.Unsplit(buffer);
}

/// <summary>Runs tokeniser and sentence splitter over a text.</summary>
public static class TextAnalyzer
{
    /// <summary>Tokenises and splits <paramref name="text"/> with the shipped abbreviation list; the normalised shadow is built on demand.</summary>
    public static AnalysedText Analyse(string text) => Analyse(text, Abbreviations.Shipped);

    /// <summary>
    /// Tokenises and splits <paramref name="text"/> with <paramref name="abbreviations"/>, e.g.
    /// <c>Abbreviations.Load(resources)</c> so a user's <c>--resources DIR</c> list applies.
    /// </summary>
    public static AnalysedText Analyse(string text, Abbreviations abbreviations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(abbreviations);
        var tokens = Tokenizer.Tokenize(text);
        return new AnalysedText(text, tokens, SentenceSplitter.Split(text, tokens, abbreviations));
    }
}
