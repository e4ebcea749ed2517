namespace Marsad.Text;

/// <summary>
/// The shadow of a text: its normalised form plus, for every shadow index, the original index it
/// came from. The original text is never changed; spans found in the shadow map back exactly.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _toOriginal;

    private NormalizedText(string original, string shadow, int[] toOriginal)
    {
        Original = original;
        Shadow = shadow;
        _toOriginal = toOriginal;
    }

    public string Original { get; }
    public string Shadow { get; }

    /// <summary>Original UTF-16 index of shadow index <paramref name="shadowIndex"/> (0..Shadow.Length).</summary>
    public int ToOriginal(int shadowIndex) => _toOriginal[shadowIndex];

    /// <summary>Maps a half-open shadow range back to the half-open original range it covers.</summary>
    public TextSpan ToOriginal(TextSpan shadowSpan)
    {
        if (shadowSpan.IsEmpty) { int p = _toOriginal[shadowSpan.Start]; return new TextSpan(p, p); }
        return new TextSpan(_toOriginal[shadowSpan.Start], _toOriginal[shadowSpan.End - 1] + 1);
    }

    /// <summary>Normalises <paramref name="text"/> into a shadow with an offset map.</summary>
    public static NormalizedText Create(string text, NormalizerOptions options = NormalizerOptions.Matching)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var map = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char f = ArabicNormalizer.Fold(text[i], options);
            if (f == '\0') continue;
            buffer[n] = f;
            map[n] = i;
            n++;
        }
        map[n] = text.Length;
        Array.Resize(ref map, n + 1);
        return new NormalizedText(text, new string(buffer, 0, n), map);
    }

    /// <summary>Normalises a short string (a name, a lexicon entry) without keeping a map.</summary>
    public static string Normalize(ReadOnlySpan<char> text, NormalizerOptions options = NormalizerOptions.Matching)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            char f = ArabicNormalizer.Fold(c, options);
            if (f != '\0') buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }
}
