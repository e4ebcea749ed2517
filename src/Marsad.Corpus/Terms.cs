using Marsad.Text;

namespace Marsad.Corpus;

/// <summary>
/// Content terms of a text for story similarity: folded Arabic and Latin words with attached
/// particles (<see cref="ArabicProclitics"/>) and the definite article removed, three letters or
/// more, so "بالرياض", "الرياض" and "والرياض" are one term.
/// </summary>
public static class Terms
{
    /// <summary>Counts each term of <paramref name="text"/> into <paramref name="counts"/>.</summary>
    public static void Count(string text, Dictionary<string, int> counts)
    {
        var tokens = Tokenizer.Tokenize(text);
        Span<char> folded = stackalloc char[64];
        Span<char> peeled = stackalloc char[65];
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Latin) || t.Length > 63) continue;
            int n = 0;
            foreach (char c in text.AsSpan(t.Start, t.Length))
            {
                char f = ArabicNormalizer.Fold(c, NormalizerOptions.Matching);
                if (f != '\0') folded[n++] = char.ToLowerInvariant(f);
            }
            ReadOnlySpan<char> term = folded[..n];
            int p = ArabicProclitics.Peel(term, peeled);
            if (p > 0) term = peeled[..p];
            // The article ال: "الرياض" → "رياض".
            if (term.Length > 4 && term[0] == '\u0627' && term[1] == '\u0644') term = term[2..];
            if (term.Length < 3) continue;
            var key = term.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}
