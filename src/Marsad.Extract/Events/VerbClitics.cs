namespace Marsad.Extract.Events;

/// <summary>
/// What a matched verb carries around its lexicon stem: a conjunction (و، ف) before it and an object
/// pronoun (ه، ها، هم، هما، هن) after it. Roles need both: "… التنظيم وعرض" has no subject right before
/// the verb (و opens a new clause), and "يرفضه" already has its object, so a later name is not it.
/// </summary>
/// <remarks>
/// Read from the normalised word and the entry's base form rather than from the candidate that
/// matched (<see cref="WordForm"/> does not say which affixes were stripped): the base form is found
/// inside the word, allowing for the alef a derived form loses after an imperfect prefix (انسحب →
/// ينسحب) and for a final weak letter written as alef before a suffix (نفى → نفاه). A root that starts
/// with و (وافق، وعد) is no conjunction: the stem starts at the word's first letter.
/// </remarks>
internal static class VerbClitics
{
    // Longest first: "هما" before "هم" and "ها" before "ه".
    private static readonly string[] ObjectPronouns = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>Whether the verb has و or ف glued before it.</summary>
    public static bool HasConjunction(string word, string stem)
    {
        int at = StemAt(word, stem, out _);
        return at > 0 && word[0] is 'و' or 'ف';
    }

    /// <summary>
    /// The object pronoun glued after the verb ("ه" in "يرفضه", "هم" in "قصفوهم"), or null. A past
    /// stem with only the pronoun after it ("طلبهم", "رفضه") reads just as well as a verbal noun with its
    /// owner ("وجدد الروس طلبهم"), so it counts only with an imperfect or future prefix
    /// (<paramref name="prefixed"/>) or a person ending before the pronoun.
    /// </summary>
    public static string? ObjectPronoun(string word, string stem, bool prefixed)
    {
        int at = StemAt(word, stem, out int length);
        if (at < 0) return null;
        var suffix = word.AsSpan(at + length);
        foreach (var p in ObjectPronouns)
            if (suffix.EndsWith(p, StringComparison.Ordinal))
                return prefixed || suffix.Length > p.Length ? p : null;
        return null;
    }

    /// <summary>Where the stem (or its spelling inside an inflected word) starts in the word, or -1.</summary>
    private static int StemAt(string word, string stem, out int length)
    {
        length = stem.Length;
        int at = word.IndexOf(stem, StringComparison.Ordinal);
        if (at >= 0) return at;
        // ينسحب ← انسحب: the alef of forms VII, VIII, X drops after the prefix.
        if (stem.Length > 3 && stem[0] == 'ا')
        {
            at = word.IndexOf(stem[1..], StringComparison.Ordinal);
            if (at >= 0) { length = stem.Length - 1; return at; }
        }
        // نفاه ← نفى (normalised نفي), التقوا ← التقى: a final weak letter is alef or gone.
        if (stem.Length > 2 && stem[^1] == 'ي')
        {
            at = word.IndexOf(string.Concat(stem.AsSpan(0, stem.Length - 1), "ا"), StringComparison.Ordinal);
            if (at >= 0) return at;
            at = word.IndexOf(stem[..^1], StringComparison.Ordinal);
            if (at >= 0) { length = stem.Length - 1; return at; }
        }
        return -1;
    }
}
