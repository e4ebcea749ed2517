using Marsad.Text;

namespace Marsad.Extract.Numbers;

/// <summary>
/// Looks a normalised token up in a dictionary, first as written and then with the one-letter
/// proclitics Arabic writes onto the next word: a conjunction (و، ف) then a preposition (ب، ل، ك),
/// as in "وأمس"، "بثلاث"، "لأكثر". In "لل" (ل + ال with the alef dropped: "للأسبوع") the
/// preposition alone is stripped and the article restored. Shared by the number and time stages;
/// the lookup allocates nothing.
/// </summary>
/// <remarks>
/// Not routed through <see cref="Clitics"/>, the canonical clitic analysis, because the number and time
/// dictionaries would then be tried with readings they are kept from today, changing results:
/// Clitics accepts two-letter stems ("لست" → ل + "ست", six — the misreading <see cref="MinStemLength"/>
/// exists to prevent), strips the article after a preposition ("بالامس" → "امس") and offers the future
/// س ("ستة" → "تة") and attached pronouns ("سبعه" → "سبع" + ه). Filtering its candidates back to
/// conjunction + preposition with three letters left would re-encode this grammar, not share it.
/// </remarks>
internal static class Proclitics
{
    /// <summary>
    /// A stem shorter than this after stripping is not trusted: "لست" ("I am not") would
    /// otherwise read as ل + ست (six). Three letters keeps "بسبع", "لأمس", "بعام".
    /// </summary>
    private const int MinStemLength = 3;

    /// <summary>
    /// Finds <paramref name="form"/> (a normalised token) in <paramref name="lookup"/>, trying the
    /// form itself, then each proclitic reading. <paramref name="prefixLength"/> is the number of
    /// normalised letters stripped (0 when the form matched as written).
    /// </summary>
    public static bool TryLookup<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup,
        ReadOnlySpan<char> form, bool allowProclitics, out T value, out int prefixLength)
    {
        prefixLength = 0;
        if (lookup.TryGetValue(form, out value!)) return true;
        if (!allowProclitics) return false;
        int conjunction = form.Length > MinStemLength && form[0] is 'و' or 'ف' ? 1 : 0;
        if (conjunction == 1 && lookup.TryGetValue(form[1..], out value!)) { prefixLength = 1; return true; }
        if (form.Length - conjunction > MinStemLength && form[conjunction] is 'ب' or 'ل' or 'ك')
        {
            int p = conjunction + 1;
            var stem = form[p..];
            if (lookup.TryGetValue(stem, out value!)) { prefixLength = p; return true; }
            // "لل" + stem: ل + ال with the alef dropped ("للأسبوع" → ل + الأسبوع).
            if (form[conjunction] == 'ل' && stem[0] == 'ل' && stem.Length < 64)
            {
                Span<char> restored = stackalloc char[stem.Length + 1];
                restored[0] = 'ا';
                stem.CopyTo(restored[1..]);
                if (lookup.TryGetValue(restored, out value!)) { prefixLength = p; return true; }
            }
        }
        value = default!;
        return false;
    }

    /// <summary>
    /// The original-text index where a token's stem begins once <paramref name="prefixLength"/>
    /// normalised letters are skipped (marks and tatweel that the normaliser drops are skipped too).
    /// </summary>
    public static int StemStart(string text, Token token, int prefixLength)
    {
        int i = token.Start, seen = 0;
        while (i < token.End && seen < prefixLength)
        {
            if (ArabicNormalizer.Fold(text[i]) != '\0') seen++;
            i++;
        }
        // Marks belonging to the stripped letter stay with it.
        while (i < token.End && ArabicNormalizer.Fold(text[i]) == '\0') i++;
        return i;
    }
}
