namespace Marsad.Extract.Entities;

/// <summary>How a normalised word splits into proclitics and a host, as the NER corpus tokenises.</summary>
public readonly record struct ProcliticSplit(bool Conjunction, bool Preposition, bool RestoresArticle)
{
    /// <summary>Characters of the word that are proclitics (each proclitic is one letter).</summary>
    public int Length => (Conjunction ? 1 : 0) + (Preposition ? 1 : 0);
}

/// <summary>
/// Splits the proclitics the NER corpus writes as separate tokens (ner/README.md: و and ف nearly
/// always; ب ل ك only sometimes, "بالنسبة" and "للامم" stay whole) off a normalised word. Arabic
/// cannot be split by letters alone ("وزير", "بريطانيا", "لبنان" start with clitic letters), so
/// the decision follows the corpus: split when the host is a more frequent word than the whole
/// form, or when the whole form is unknown and the host carries the article ال.
/// </summary>
public static class ProcliticSegmenter
{
    private const char Waw = 'و', Fa = 'ف', Ba = 'ب', Lam = 'ل', Kaf = 'ك', Alef = 'ا';

    public static ProcliticSplit Split(ReadOnlySpan<char> word, KnownWords known)
    {
        bool conjunction = false, preposition = false, restores = false;
        var rest = word;
        // Conjunctions: the corpus splits them almost always, so a more frequent host wins.
        if (rest.Length >= 3 && rest[0] is Waw or Fa && SplitsOff(rest, rest[1..], known, hostMoreFrequent: true))
        {
            conjunction = true;
            rest = rest[1..];
        }
        if (rest.Length >= 3 && rest[0] is Ba or Lam or Kaf)
        {
            if (rest[0] == Lam && rest[1] == Lam)
            {
                // "للروس" is ل + الروس with the article's alef dropped; the corpus keeps known
                // forms such as "للامم" whole, so only unknown ones are split (the host is read as ال…).
                if (rest.Length >= 4 && known.Count(rest) == 0) { preposition = true; restores = true; }
            }
            else if (SplitsOff(rest, rest[1..], known, hostMoreFrequent: false))
            {
                preposition = true;
            }
        }
        return new ProcliticSplit(conjunction, preposition, restores);
    }

    private static bool SplitsOff(ReadOnlySpan<char> whole, ReadOnlySpan<char> host, KnownWords known, bool hostMoreFrequent)
    {
        int wholeCount = known.Count(whole);
        int hostCount = known.Count(host);
        if (hostMoreFrequent ? hostCount > wholeCount : wholeCount == 0 && hostCount > 0) return true;
        // Neither form seen: the article after the letter shows it is a clitic ("بالغوطة", "وبالغوطة").
        return wholeCount == 0 && hostCount == 0 && StartsWithArticleAfterClitic(host);
    }

    /// <summary>
    /// Length of the proclitics that record.md puts outside an entity span, on a span's first word
    /// left whole by the tokenisation: "للجيش" → 1 (only the preposition; the article's lam stays),
    /// "والروس" → 1, "وبالغوطة" → 2, "بريطانيا" → 0. Only letters followed by the article count, so
    /// names that begin with a clitic letter are never cut.
    /// </summary>
    public static int OutsideSpanLength(ReadOnlySpan<char> word)
    {
        int n = 0;
        if (word.Length >= 5 && word[0] is Waw or Fa && StartsWithArticleAfterClitic(word[1..])) n = 1;
        var rest = word[n..];
        if (rest.Length >= 4 && rest[0] is Lam && rest[1] == Lam) return n + 1;
        if (rest.Length >= 5 && rest[0] is Ba or Kaf && rest[1] == Alef && rest[2] == Lam) return n + 1;
        return n;
    }

    // ال + two letters, لل + two letters, or ب/ك + ال + two letters ("كالة" is a word, not ك + ال).
    private static bool StartsWithArticleAfterClitic(ReadOnlySpan<char> s) =>
        s.Length >= 4 && (s[0] == Alef && s[1] == Lam || s[0] == Lam && s[1] == Lam)
        || s.Length >= 5 && s[0] is Ba or Kaf && s[1] == Alef && s[2] == Lam;
}
