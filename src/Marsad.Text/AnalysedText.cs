namespace Marsad.Text;

/// <summary>
/// The text layer's product for one text: the unchanged original, its tokens and sentences, and
/// each token's normalised form. Later stages read it and never change it.
/// </summary>
public sealed class AnalysedText
{
    private readonly string?[] _normalized;

    public AnalysedText(string text, Token[] tokens, Sentence[] sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        _normalized = new string?[tokens.Length];
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }

    /// <summary>Surface form of token <paramref name="index"/> as it appears in the text.</summary>
    public ReadOnlySpan<char> Surface(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    /// <summary>Normalised form (all matching folds) of token <paramref name="index"/>, computed once.</summary>
    public string Normalized(int index) => _normalized[index] ??= NormalizedText.Normalize(Surface(index));

    /// <summary>Index of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
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
}

/// <summary>Runs tokeniser and sentence splitter over a text.</summary>
public static class TextAnalyzer
{
    public static AnalysedText Analyse(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new AnalysedText(text, tokens, SentenceSplitter.Split(text, tokens));
    }
}
