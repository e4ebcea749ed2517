using System.Runtime.CompilerServices;
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

    private static readonly string[] NounSuffixes = ["اتهم", "اتها", "اته", "ات", "هما", "هم", "ها", "هن", "ين", "ون", "ان", "يه", "ه", "ا"];
    private static readonly string[] VerbSuffixes = ["تموه", "وها", "وهم", "وه", "تها", "تهم", "ته", "تما", "تم", "تا", "وا", "ون", "ين", "ان", "نا", "هما", "هم", "ها", "ه", "ت", "ا", "ن"];

    // The event stage asks for the same token's candidates dozens of times (every cue set, every
    // trigger kind, every role rule): each document keeps them, per token and kind, while it lives.
    private static readonly ConditionalWeakTable<AnalysedText, WordForm[]?[]> ByToken = new();
    private const int KindCount = 3;

    /// <summary>
    /// <see cref="Candidates"/> of token <paramref name="t"/>'s normalised form, computed once per
    /// document and kind (same forms, same order). Thread-safe: a race computes the same array twice.
    /// </summary>
    public static WordForm[] CandidatesAt(AnalysedText text, int t, WordKind kind)
    {
        var slots = ByToken.GetValue(text, static x => new WordForm[]?[x.Tokens.Length * KindCount]);
        return slots[t * KindCount + (int)kind] ??= [.. Candidates(text.Normalized(t), kind)];
    }

    /// <summary>Candidate base forms of <paramref name="word"/> for a lexicon entry of kind <paramref name="kind"/>.</summary>
    public static List<WordForm> Candidates(string word, WordKind kind)
    {
        var result = new List<WordForm>(8);
        Add(result, word, 0, false, false, false);
        // Conjunctions و ف stick to anything.
        var heads = new List<(string W, int D)> { (word, 0) };
        if (word.Length >= MinStem + 1 && word[0] is 'و' or 'ف') heads.Add((word[1..], 1));
        foreach (var (w, d) in heads)
        {
            Add(result, w, d, false, false, false);
            switch (kind)
            {
                case WordKind.Word:
                    if (w.Length > MinStem + 1 && w[0] is 'ب' or 'ل' or 'ك') Add(result, w[1..], d + 1, false, false, w[0] == 'ل');
                    // The article, for cue words listed without it (القذائف → قذائف).
                    if (w.Length > MinStem + 2 && w.StartsWith("ال", StringComparison.Ordinal)) Add(result, w[2..], d + 1, false, false, false);
                    // "لل" is ل + ال with the alef dropped: للفصائل → الفصائل.
                    if (w.Length > MinStem + 2 && w.StartsWith("لل", StringComparison.Ordinal)) Add(result, "ا" + w[1..], d + 1, false, false, true);
                    break;
                case WordKind.Noun:
                    NounForms(result, w, d);
                    break;
                case WordKind.Verb:
                    VerbForms(result, w, d);
                    break;
            }
        }
        return result;
    }

    private static void NounForms(List<WordForm> result, string w, int d)
    {
        var bases = new List<(string W, int D, bool Purpose)> { (w, d, false) };
        if (w.Length > MinStem + 2 && w.StartsWith("لل", StringComparison.Ordinal)) bases.Add((w[2..], d + 2, true));
        if (w.Length > MinStem + 1 && w[0] is 'ب' or 'ل' or 'ك')
        {
            var p = w[1..];
            bases.Add((p, d + 1, w[0] == 'ل'));
            if (p.Length > MinStem + 2 && p.StartsWith("ال", StringComparison.Ordinal)) bases.Add((p[2..], d + 2, w[0] == 'ل'));
        }
        if (w.Length > MinStem + 2 && w.StartsWith("ال", StringComparison.Ordinal)) bases.Add((w[2..], d + 1, false));
        foreach (var (b, bd, purpose) in bases)
        {
            Add(result, b, bd, false, false, purpose);
            foreach (var s in NounSuffixes)
            {
                if (b.Length - s.Length < MinStem || !b.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = b[..^s.Length];
                Add(result, stem, bd + 1, false, false, purpose);
                // Feminine ة is written ت before a suffix (زيارته) and is ه once normalised; a sound
                // feminine plural drops it (غارات → غارة).
                if (stem.EndsWith('ت')) Add(result, stem[..^1] + "ه", bd + 1, false, false, purpose);
                if (s.StartsWith("ات", StringComparison.Ordinal)) Add(result, stem + "ه", bd + 1, false, false, purpose);
                // A final hamza sits on a chair before a suffix (إخلائه).
                if (stem.EndsWith('ئ') || stem.EndsWith('ؤ')) Add(result, stem[..^1] + "ء", bd + 1, false, false, purpose);
            }
        }
    }

    private static void VerbForms(List<WordForm> result, string w, int d)
    {
        var bases = new List<(string W, int D, bool Imperfect, bool Future)> { (w, d, false, false) };
        string v = w;
        int vd = d;
        bool future = false;
        if (v.Length > MinStem + 2 && v[0] == 'س' && v[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            v = v[1..]; vd++; future = true;
        }
        if (v.Length > MinStem + 1 && v[0] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            var rest = v[1..];
            bases.Add((rest, vd + 1, true, future));
            // Forms IV, VII, VIII and X lose their initial alef after the prefix: ينسحب ← انسحب.
            bases.Add(("ا" + rest, vd + 1, true, future));
        }
        foreach (var (b, bd, imperfect, fut) in bases)
        {
            Add(result, b, bd, imperfect, fut, false);
            foreach (var s in VerbSuffixes)
            {
                if (b.Length - s.Length < MinStem || !b.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = b[..^s.Length];
                Add(result, stem, bd + 1, imperfect, fut, false);
                // A final weak letter shows as alef before an object suffix: نفاه ← نفى (ي once normalised).
                if (stem.EndsWith('ا')) Add(result, stem[..^1] + "ي", bd + 1, imperfect, fut, false);
            }
        }
    }

    private static void Add(List<WordForm> result, string stem, int depth, bool imperfect, bool future, bool purpose)
    {
        if (stem.Length < MinStem) return;
        foreach (var f in result) if (f.Stem == stem && f.Depth <= depth) return;
        result.Add(new WordForm(stem, depth, imperfect, future, purpose));
    }
}
