using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>What kind of word a lexicon form is, which decides the affixes it may carry.</summary>
public enum WordKind : byte
{
    /// <summary>Only conjunction and preposition clitics (و ف ب ل ك).</summary>
    Word,
    /// <summary>A (verbal) noun: clitics, the article, possessive and plural endings.</summary>
    Noun,
    /// <summary>A verb: clitics, the future س, imperfect prefixes and person endings.</summary>
    Verb,
}

/// <summary>One base form a surface word may have, with what was stripped to reach it.</summary>
/// <param name="Stem">The normalised base form.</param>
/// <param name="Depth">How much was stripped (0 = nothing): fewer strips are more trustworthy.</param>
/// <param name="Imperfect">An imperfect prefix (ي ت ن أ) was removed: the verb is in the present.</param>
/// <param name="Future">The future prefix س was removed.</param>
/// <param name="Purpose">A ل (or لل) was removed from a noun: "لخروج" is a purpose, not a report.</param>
public readonly record struct WordForm(string Stem, int Depth, bool Imperfect, bool Future, bool Purpose);

/// <summary>
/// Light, rule-based analysis of an Arabic word into candidate base forms, so that one lexicon line
/// (اتفاق) matches its inflected and cliticised forms (الاتفاق، لاتفاق، واتفاقه). It over-generates
/// on purpose: the lexicon decides which candidate is a word; the matcher prefers the candidate with
/// the fewest strips, so "بحث" is the verb بحث and never ب + حث.
/// </summary>
/// <remarks>
/// Input must already be normalised (ArabicNormalizer: ة→ه, ى→ي, hamza alefs→ا, no marks).
/// The prefix rules are not routed through Marsad.Text's <see cref="Marsad.Text.Clitics"/> (the
/// canonical clitic analysis) because the trigger matches would change: Clitics gives plain words
/// pronoun readings and two-letter stems ("وله" → "ول" + ه, "لست" → "ست") that
/// <see cref="WordKind.Word"/> does not, reads a noun's "لل" as ل + ال with the alef restored
/// where <see cref="NounForms"/> also strips both letters ("للفصائل" → "فصائل"), and its
/// <see cref="Marsad.Text.CliticSplit"/> does not say which clitics were removed, which
/// <see cref="WordForm.Depth"/>, <see cref="WordForm.Future"/> and <see cref="WordForm.Purpose"/> need.
/// The contract (normalised word in, candidate stems out) would survive a later switch.
/// </remarks>
public static class ArabicWordForms
{
    // Stems shorter than this are too ambiguous to be triggers once affixes are gone.
    private const int MinStem = 2;

    private static readonly SuffixList NounSuffixes = new(["اتهم", "اتها", "اته", "ات", "هما", "هم", "ها", "هن", "ين", "ون", "ان", "يه", "ه", "ا"]);
    private static readonly SuffixList VerbSuffixes = new(["تموه", "وها", "وهم", "وه", "تها", "تهم", "ته", "تما", "تم", "تا", "وا", "ون", "ين", "ان", "نا", "هما", "هم", "ها", "ه", "ت", "ا", "ن"]);

    /// <summary>
    /// Candidates of token <paramref name="t"/>'s normalised form, computed once per document and
    /// kind (<see cref="WordFormTable"/>): the same forms in the same order as <see cref="Candidates"/>,
    /// with stems as spans (<see cref="WordFormTable.Stem"/>) so that the hot path allocates no strings.
    /// </summary>
    internal static ReadOnlySpan<FormEntry> CandidatesAt(AnalysedText text, int t, WordKind kind) =>
        WordFormTable.Of(text).At(t, kind);

    /// <summary>Candidate base forms of <paramref name="word"/> for a lexicon entry of kind <paramref name="kind"/>.</summary>
    public static List<WordForm> Candidates(string word, WordKind kind)
    {
        var table = new WordFormTable();
        var forms = table.Generate(word, kind);
        var result = new List<WordForm>(forms.Length);
        foreach (var f in forms) result.Add(f.ToWordForm(table));
        return result;
    }

    /// <summary>Writes the candidates of <paramref name="word"/> into <paramref name="table"/>, in order.</summary>
    internal static void Generate(WordFormTable table, ReadOnlySpan<char> word, WordKind kind)
    {
        int from = table.Count;
        table.Add(from, '\0', word, '\0', 0, false, false, false);
        // Conjunctions و ف stick to anything.
        int heads = word.Length >= MinStem + 1 && word[0] is 'و' or 'ف' ? 2 : 1;
        for (int h = 0; h < heads; h++)
        {
            var w = word[h..];
            int d = h;
            table.Add(from, '\0', w, '\0', d, false, false, false);
            switch (kind)
            {
                case WordKind.Word:
                    if (w.Length > MinStem + 1 && w[0] is 'ب' or 'ل' or 'ك') table.Add(from, '\0', w[1..], '\0', d + 1, false, false, w[0] == 'ل');
                    // The article, for cue words listed without it (القذائف → قذائف).
                    if (w.Length > MinStem + 2 && w.StartsWith("ال", StringComparison.Ordinal)) table.Add(from, '\0', w[2..], '\0', d + 1, false, false, false);
                    // "لل" is ل + ال with the alef dropped: للفصائل → الفصائل.
                    if (w.Length > MinStem + 2 && w.StartsWith("لل", StringComparison.Ordinal)) table.Add(from, 'ا', w[1..], '\0', d + 1, false, false, true);
                    break;
                case WordKind.Noun:
                    NounForms(table, from, w, d);
                    break;
                case WordKind.Verb:
                    VerbForms(table, from, w, d);
                    break;
            }
        }
    }

    private static void NounForms(WordFormTable table, int from, ReadOnlySpan<char> w, int d)
    {
        // Every base is a tail of w: (offset, depth, purpose).
        Span<(int Off, int D, bool Purpose)> bases = stackalloc (int, int, bool)[5];
        int n = 0;
        bases[n++] = (0, d, false);
        if (w.Length > MinStem + 2 && w.StartsWith("لل", StringComparison.Ordinal)) bases[n++] = (2, d + 2, true);
        if (w.Length > MinStem + 1 && w[0] is 'ب' or 'ل' or 'ك')
        {
            var p = w[1..];
            bases[n++] = (1, d + 1, w[0] == 'ل');
            if (p.Length > MinStem + 2 && p.StartsWith("ال", StringComparison.Ordinal)) bases[n++] = (3, d + 2, w[0] == 'ل');
        }
        if (w.Length > MinStem + 2 && w.StartsWith("ال", StringComparison.Ordinal)) bases[n++] = (2, d + 1, false);
        for (int i = 0; i < n; i++)
        {
            var (off, bd, purpose) = bases[i];
            var b = w[off..];
            table.Add(from, '\0', b, '\0', bd, false, false, purpose);
            foreach (var s in NounSuffixes.EndingLike(b))
            {
                if (b.Length - s.Length < MinStem || !b.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = b[..^s.Length];
                table.Add(from, '\0', stem, '\0', bd + 1, false, false, purpose);
                // Feminine ة is written ت before a suffix (زيارته) and is ه once normalised; a sound
                // feminine plural drops it (غارات → غارة).
                if (stem[^1] == 'ت') table.Add(from, '\0', stem[..^1], 'ه', bd + 1, false, false, purpose);
                if (s.StartsWith("ات", StringComparison.Ordinal)) table.Add(from, '\0', stem, 'ه', bd + 1, false, false, purpose);
                // A final hamza sits on a chair before a suffix (إخلائه).
                if (stem[^1] is 'ئ' or 'ؤ') table.Add(from, '\0', stem[..^1], 'ء', bd + 1, false, false, purpose);
            }
        }
    }

    private static void VerbForms(WordFormTable table, int from, ReadOnlySpan<char> w, int d)
    {
        // A base is an optional restored alef (head) before a tail of w.
        Span<(char Head, int Off, int D, bool Imperfect, bool Future)> bases = stackalloc (char, int, int, bool, bool)[3];
        int n = 0;
        bases[n++] = ('\0', 0, d, false, false);
        var v = w;
        int vOff = 0, vd = d;
        bool future = false;
        if (v.Length > MinStem + 2 && v[0] == 'س' && v[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            v = v[1..]; vOff = 1; vd++; future = true;
        }
        if (v.Length > MinStem + 1 && v[0] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            bases[n++] = ('\0', vOff + 1, vd + 1, true, future);
            // Forms IV, VII, VIII and X lose their initial alef after the prefix: ينسحب ← انسحب.
            bases[n++] = ('ا', vOff + 1, vd + 1, true, future);
        }
        for (int i = 0; i < n; i++)
        {
            var (head, off, bd, imperfect, fut) = bases[i];
            var body = w[off..];
            int length = (head == '\0' ? 0 : 1) + body.Length;
            table.Add(from, head, body, '\0', bd, imperfect, fut, false);
            foreach (var s in VerbSuffixes.EndingLike(body))
            {
                // With a head the suffix lies inside the body: length - s.Length >= MinStem leaves it a letter.
                if (length - s.Length < MinStem || !body.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = body[..^s.Length];
                table.Add(from, head, stem, '\0', bd + 1, imperfect, fut, false);
                // A final weak letter shows as alef before an object suffix: نفاه ← نفى (ي once normalised).
                if (stem[^1] == 'ا') table.Add(from, head, stem[..^1], 'ي', bd + 1, imperfect, fut, false);
            }
        }
    }
}
