using Marsad.Text;

namespace Marsad.Extract.Linking;

/// <summary>One reading of a word as proclitics + stem.</summary>
/// <param name="Outside">How many leading characters of the (normalised) word lie outside the span.</param>
/// <param name="RestoreAlef">The stem is looked up with an alef in front ("لجيش" → "الجيش").</param>
/// <param name="Locative">The proclitic ends in the locative preposition ب ("بسوريا").</param>
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
/// The readings of a normalised word that record.md's span rules allow for a name: the text layer's
/// clitic analysis (<see cref="Clitics"/>) restricted to proclitic conjunctions and prepositions —
/// they lie outside a span ("بدمشق" → "دمشق", "والروس" → "الروس") — while the article stays inside
/// (readings that strip "ال" are dropped) and "لل" leaves only the preposition outside ("للجيش" →
/// "لجيش", looked up as "الجيش"). Enclitic pronouns do not attach to names and are not tried.
/// </summary>
internal static class ProcliticVariants
{
    /// <summary>Most readings <see cref="Of"/> writes: the text layer's bound.</summary>
    public const int MaxReadings = Clitics.MaxCandidates;

    /// <summary>Shortest stem worth a lookup: two-letter remainders of a split are not names here.</summary>
    private const int MinStem = 3;

    /// <summary>Writes the readings into <paramref name="readings"/>, the unsplit word first; returns the count.</summary>
    public static int Of(ReadOnlySpan<char> word, Span<ProcliticReading> readings)
    {
        Span<CliticSplit> splits = stackalloc CliticSplit[Clitics.MaxCandidates];
        int found = Clitics.Candidates(word, splits);
        int n = 0;
        readings[n++] = new ProcliticReading(0, false, false);
        for (int i = 0; i < found && n < readings.Length; i++)
        {
            var s = splits[i];
            if (s.IsUnsplit || s.SuffixLength != 0 || s.RestoresTehMarbuta) continue;
            int p = s.PrefixLength;
            if (word.Length - p < MinStem) continue;
            // The article belongs to the name: a reading that takes "ال" off is not a span reading.
            if (p >= 2 && word[p - 2] == 'ا' && word[p - 1] == 'ل') continue;
            // The future particle س attaches to verbs, never to a name ("سنوي" is not س + "نوي").
            if (word[p - 1] == 'س') continue;
            readings[n++] = new ProcliticReading(p, s.RestoresArticle, word[p - 1] == 'ب');
        }
        return n;
    }
}
