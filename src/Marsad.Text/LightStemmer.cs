namespace Marsad.Text;

/// <summary>
/// Larkey's light10 stemmer, as Lucene's <c>ArabicStemmer</c> implements it, over Marsad's
/// normalisation: one prefix (ال وال بال كال فال لل و) and then, in order, each suffix
/// (ها ان ات ون ين يه ية ه ة ي) that leaves at least two letters. For search and features, where
/// "الروس" and "وللروس" should meet; it conflates more than the clitic analysis and never
/// decides a span.
/// </summary>
public static class LightStemmer
{
    // Folded with NormalizerOptions.Matching, so ة is already ه and "ية" is "يه".
    private static readonly string[] Prefixes = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ه", "ي"];

    /// <summary>The light stem of <paramref name="word"/> (normalised).</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var stem = Stem(word, buffer);
        return stem.Length == 0 ? string.Empty : new string(stem);
    }

    /// <summary>Stems into <paramref name="buffer"/> (as long as the word) and returns the stem within it. Allocation-free.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = ArabicNormalizer.Normalize(word, buffer);
        ReadOnlySpan<char> s = buffer[..n];
        foreach (var prefix in Prefixes)
        {
            // A lone و is stripped only from words of four letters or more ("وقال" → "قال", "ورد" stays).
            int minLength = prefix.Length == 1 ? 4 : prefix.Length + 2;
            if (s.Length >= minLength && s[0] == prefix[0] && s.StartsWith(prefix.AsSpan()))
            {
                s = s[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in Suffixes)
        {
            if (s.Length >= suffix.Length + 2 && s[^1] == suffix[^1] && s.EndsWith(suffix.AsSpan()))
                s = s[..^suffix.Length];
        }
        return s;
    }
}
