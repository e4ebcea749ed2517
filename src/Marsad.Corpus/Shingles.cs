using Marsad.Text;

namespace Marsad.Corpus;

/// <summary>
/// Word shingles of a text after Marsad's normalisation: the hashes of every run of
/// <see cref="Width"/> consecutive Arabic or Latin words, so two reprints that differ in diacritics,
/// alef forms, punctuation or line breaks shingle the same.
/// </summary>
public static class Shingles
{
    /// <summary>Three words: short enough that an edited reprint keeps most shingles, long enough that unrelated texts share few (the usual choice for news near-duplicates).</summary>
    public const int Width = 3;

    /// <summary>Hashes of the word shingles of <paramref name="text"/>, in text order (duplicates kept).</summary>
    public static ulong[] Of(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = new ulong[tokens.Length];
        int n = 0;
        foreach (var t in tokens)
            if (t.Kind is TokenKind.Word or TokenKind.Latin or TokenKind.Number)
                words[n++] = WordHash(text.AsSpan(t.Start, t.Length));
        if (n < Width) return n == 0 ? [] : [Combine(words.AsSpan(0, n))];
        var shingles = new ulong[n - Width + 1];
        for (int i = 0; i < shingles.Length; i++) shingles[i] = Combine(words.AsSpan(i, Width));
        return shingles;
    }

    /// <summary>FNV-1a over the normalised characters of one word, without allocating.</summary>
    internal static ulong WordHash(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word)
        {
            char f = ArabicNormalizer.Fold(c, NormalizerOptions.Matching);
            if (f == '\0') continue;
            h ^= char.ToLowerInvariant(f);
            h *= 1099511628211UL;
        }
        return h;
    }

    private static ulong Combine(ReadOnlySpan<ulong> words)
    {
        ulong h = 0x9E3779B97F4A7C15UL;
        foreach (var w in words) h = (h ^ w) * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
