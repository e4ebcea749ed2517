namespace Marsad.Extract.Linking;

/// <summary>One reading of a word as proclitics + stem.</summary>
/// <param name="Outside">How many leading (normalised) characters lie outside the span.</param>
/// <param name="RestoreAlef">The stem is looked up with an alef in front ("لجيش" → "الجيش").</param>
/// <param name="Locative">The stripped clitic is the locative preposition ب ("بسوريا").</param>
internal readonly record struct ProcliticReading(int Outside, bool RestoreAlef, bool Locative)
{
    /// <summary>Writes the lookup form of <paramref name="word"/> into <paramref name="buffer"/>; returns its length.</summary>
    public int Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var stem = word[Outside..];
        if (!RestoreAlef) { stem.CopyTo(buffer); return stem.Length; }
        buffer[0] = 'ا';
        stem.CopyTo(buffer[1..]);
        return stem.Length + 1;
    }
}

/// <summary>
/// The ways a normalised word may split into proclitics and a name under record.md's span rules:
/// conjunctions و/ف and prepositions ب/ك/ل lie outside a span, the article ال stays inside, and in
/// "لل" (ل + ال with the alef dropped) only the first ل lies outside: "للجيش" is looked up as "الجيش"
/// but spanned from "لجيش". Kept small and local until the text layer's clitic analysis lands.
/// </summary>
internal static class ProcliticVariants
{
    /// <summary>Shortest stem worth a lookup: one- and two-letter remainders are not names.</summary>
    private const int MinStem = 3;

    /// <summary>Writes up to three readings into <paramref name="readings"/>, the unstripped word first.</summary>
    public static int Of(ReadOnlySpan<char> word, Span<ProcliticReading> readings)
    {
        int n = 0;
        readings[n++] = new ProcliticReading(0, false, false);
        int p = word.Length > MinStem && word[0] is 'و' or 'ف' ? 1 : 0;
        if (p == 1) readings[n++] = new ProcliticReading(1, false, false);
        if (word.Length - p > MinStem && word[p] is 'ب' or 'ك' or 'ل')
        {
            bool doubledLam = word[p] == 'ل' && word[p + 1] == 'ل';
            readings[n++] = new ProcliticReading(p + 1, doubledLam, word[p] == 'ب');
        }
        return n;
    }
}
