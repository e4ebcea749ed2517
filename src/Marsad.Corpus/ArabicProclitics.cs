namespace Marsad.Corpus;

/// <summary>
/// Which attached particles to peel off a folded Arabic word for search, as a pure function over a
/// buffer. Arabic writes the conjunctions و/ف and the prepositions ب/ك/ل joined to the next word
/// ("بدمشق" = ب + دمشق, "وبغداد" = و + بغداد), so without this a search for "دمشق" misses "بدمشق".
/// The definite article is left to Lucene's ArabicStemFilter, which strips it (and وال/بال/كال/فال/لل).
/// A peeled form is only offered as a variant beside the surface form (never instead of it), so a
/// stem that merely begins with one of these letters ("بيروت") still matches itself.
/// </summary>
/// <remarks>
/// Not routed through <see cref="Marsad.Text.Clitics"/>, the canonical clitic analysis, because the
/// search terms would change (and every built index with them): Clitics offers every reading with
/// two-letter stems ("لست" → "ست"), the article, the future س and attached pronouns ("سبعه" → "سبع" + ه),
/// and leaves a word with a non-letter unsplit ("و2018"), while this indexes one variant — the longest
/// conjunction + preposition peel with at least three letters left — and peels "و2018" to "2018".
/// Picking that one variant out of Clitics' candidates would re-encode these rules in a filter,
/// not share them. Revisit together with a pipeline-version bump that re-indexes.
/// </remarks>
public static class ArabicProclitics
{
    /// <summary>A peeled word must keep at least three letters: two-letter remainders are mostly other words.</summary>
    public const int MinimumStem = 3;

    /// <summary>
    /// Writes the peeled variant of <paramref name="word"/> (already folded) into <paramref name="variant"/>
    /// and returns its length, or 0 when there is nothing to peel. <paramref name="variant"/> must hold
    /// <c>word.Length + 1</c> characters (the "لل" case restores an alef).
    /// </summary>
    /// <param name="word">The folded word.</param>
    /// <param name="variant">Receives the peeled form.</param>
    /// <param name="preposition">Also peel a preposition after the conjunction. "وبغداد" is و + بغداد, whose ب belongs to the
    /// name, while "وبدمشق" is و + ب + دمشق: the letters alone cannot tell, so search indexes both peelings.</param>
    public static int Peel(ReadOnlySpan<char> word, Span<char> variant, bool preposition = true)
    {
        int i = 0;
        // Conjunction first: و "and", ف "so/then".
        if (word.Length - i > MinimumStem && word[i] is '\u0648' or '\u0641') i++;
        bool lam = false;
        // Then one preposition: ب "in/by", ك "like", ل "to/for".
        if (preposition && word.Length - i > MinimumStem && word[i] is '\u0628' or '\u0643' or '\u0644')
        {
            lam = word[i] == '\u0644';
            i++;
        }
        if (i == 0) return 0;
        var rest = word[i..];
        // ل + ال drops the alef in writing ("للجيش" = ل + الجيش): give the article its alef back so the stemmer can strip it.
        if (lam && rest.Length > MinimumStem && rest[0] == '\u0644')
        {
            variant[0] = '\u0627';
            rest.CopyTo(variant[1..]);
            return rest.Length + 1;
        }
        rest.CopyTo(variant);
        return rest.Length;
    }
}
