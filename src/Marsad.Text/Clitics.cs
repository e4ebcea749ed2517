namespace Marsad.Text;

/// <summary>
/// One way to read a word as proclitics + stem + enclitic. Lengths are UTF-16 units of the word the
/// split was computed for, so the stem is <c>word[PrefixLength..^SuffixLength]</c> and, for a token
/// at <c>Start</c>, the stem's span is <c>[Start + PrefixLength, End - SuffixLength)</c>.
/// </summary>
/// <param name="PrefixLength">Units of proclitics (with any tatweel or marks after them: "لـ" is 2).</param>
/// <param name="SuffixLength">Units of the enclitic pronoun.</param>
/// <param name="RestoresArticle">
/// The word was "لل" = ل + ال with the alef dropped: the stem's text starts at the second ل and
/// matches with "ا" put in front ("للجيش" → text "لجيش", matching form "الجيش"), so an entity span
/// keeps the article inside and only the preposition outside (record.md, span edges).
/// </param>
/// <param name="RestoresTehMarbuta">
/// The stem ends in the ت that a teh marbuta becomes before a pronoun ("حكومته" → "حكومت"); it
/// matches with ة in its place ("حكومة").
/// </param>
public readonly record struct CliticSplit(int PrefixLength, int SuffixLength, bool RestoresArticle, bool RestoresTehMarbuta = false)
{
    /// <summary>The reading with nothing split off.</summary>
    public bool IsUnsplit => PrefixLength == 0 && SuffixLength == 0;

    /// <summary>The stem's span for a word token at <paramref name="token"/>.</summary>
    public TextSpan StemSpan(TextSpan token) => new(token.Start + PrefixLength, token.End - SuffixLength);
}

/// <summary>
/// Clitic analysis: the candidate segmentations of an Arabic word into attached conjunction,
/// preposition, future or article (و ف ب ك ل س ال, their stacks وال بال فال وبال لل ولل, and
/// "لـ" written with tatweel) and an attached pronoun (ه ها هم هما هن كم كن نا ي). Later stages try
/// the stems against their lexicons ("بدمشق" → "دمشق", "وللروس" → "الروس") without changing the text.
/// </summary>
/// <remarks>
/// The word may be the surface form or a normalised one: letters are compared after the
/// always-on folds (alef variants, marks, tatweel), and lengths count the word's own units. Pass
/// a form without <see cref="NormalizerOptions.FoldTehMarbuta"/> (the surface is best): once ة is
/// folded to ه it looks like the pronoun ه and yields one more, wrong, candidate. The grammar:
/// [و|ف] then one of [ب|ك|ل] (ب and ك may carry ال; ل + ال is written لل), [س] before an
/// imperfect verb's prefix letter (ي ت ن ا), or [ال]; a pronoun only on a stem without the article.
/// Every stem keeps at least two letters.
/// </remarks>
public static class Clitics
{
    /// <summary>A buffer this large always holds every candidate.</summary>
    public const int MaxCandidates = 16;

    /// <summary>Shortest stem, in letters: a stem of one letter is never a name or a word.</summary>
    public const int MinStemLetters = 2;

    // A "word" longer than this is no Arabic word (the longest, with every clitic, is about 15
    // letters); it is offered unsplit, which also bounds the stack buffers below.
    private const int MaxLetters = 40;

    private const char Alef = '\u0627', Beh = '\u0628', Teh = '\u062A', Seen = '\u0633', Feh = '\u0641',
        Kaf = '\u0643', Lam = '\u0644', Noon = '\u0646', Waw = '\u0648', Yeh = '\u064A';

    /// <summary>Attached pronouns, longest first only for readability: a word ends in at most one of them.</summary>
    private static readonly string[] Enclitics = ["هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ي"];

    /// <summary>
    /// Writes the candidate segmentations of <paramref name="word"/> into <paramref name="buffer"/>,
    /// ordered from no split (always first) to most letters split off, and returns how many it
    /// wrote (at most the buffer's length; <see cref="MaxCandidates"/> always suffices).
    /// </summary>
    public static int Candidates(ReadOnlySpan<char> word, Span<CliticSplit> buffer)
    {
        if (buffer.IsEmpty) return 0;
        Span<char> letters = stackalloc char[MaxLetters];
        Span<int> starts = stackalloc int[MaxLetters];
        Span<int> ends = stackalloc int[MaxLetters];
        int count = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char f = ArabicNormalizer.Fold(word[i], NormalizerOptions.None);
            if (f == '\0')
            {
                if (count > 0) ends[count - 1] = i + 1; // a mark or tatweel stays with the letter before it
                continue;
            }
            if (!Tokenizer.IsArabicLetter(f) || count == MaxLetters) return Unsplit(buffer);
            letters[count] = f;
            starts[count] = i;
            ends[count] = i + 1;
            count++;
        }
        if (count < MinStemLetters + 1) return Unsplit(buffer);

        var builder = new Builder(letters[..count], starts, ends, word.Length, stackalloc CliticSplit[MaxCandidates], stackalloc int[MaxCandidates]);
        var l = letters[..count];
        for (int conjunction = 0; conjunction <= (l[0] is Waw or Feh ? 1 : 0); conjunction++)
        {
            int p = conjunction;
            builder.Add(p, restoresArticle: false, hasArticle: false);
            if (p + 1 >= count) continue;
            char c = l[p], next = l[p + 1];
            if (c == Alef && next == Lam)
            {
                builder.Add(p + 2, restoresArticle: false, hasArticle: true);
            }
            else if (c == Lam && next == Lam)
            {
                builder.Add(p + 1, restoresArticle: false, hasArticle: false); // ل + a stem starting with ل: "لليبيا"
                builder.Add(p + 1, restoresArticle: true, hasArticle: true);   // ل + ال: "للجيش" → "الجيش"
                builder.Add(p + 2, restoresArticle: false, hasArticle: true);  // ... and the bare noun "جيش"
            }
            else if (c is Beh or Kaf or Lam)
            {
                builder.Add(p + 1, restoresArticle: false, hasArticle: false);
                if (c != Lam && next == Alef && p + 2 < count && l[p + 2] == Lam)
                    builder.Add(p + 3, restoresArticle: false, hasArticle: true);
            }
            else if (c == Seen && next is Yeh or Teh or Noon or Alef)
            {
                builder.Add(p + 1, restoresArticle: false, hasArticle: false);
            }
        }
        return builder.CopySorted(buffer);
    }

    /// <summary>Writes the single no-split candidate; returns 1 (0 for an empty buffer).</summary>
    public static int Unsplit(Span<CliticSplit> buffer)
    {
        if (buffer.IsEmpty) return 0;
        buffer[0] = default;
        return 1;
    }

    /// <summary>
    /// The candidates of <paramref name="word"/> with each stem's matching form (normalised with
    /// <paramref name="options"/>, article and teh marbuta restored), in the order of <see cref="Candidates"/>.
    /// Allocates; for lexicon building and tests rather than per-token loops.
    /// </summary>
    public static IReadOnlyList<(string Stem, CliticSplit Split)> Stems(string word, NormalizerOptions options = NormalizerOptions.Matching)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<CliticSplit> buffer = stackalloc CliticSplit[MaxCandidates];
        int n = Candidates(word, buffer);
        var stems = new List<(string, CliticSplit)>(n);
        for (int i = 0; i < n; i++) stems.Add((StemOf(word, buffer[i], options), buffer[i]));
        return stems;
    }

    /// <summary>The matching form of the stem <paramref name="split"/> cuts out of <paramref name="word"/>.</summary>
    public static string StemOf(ReadOnlySpan<char> word, CliticSplit split, NormalizerOptions options = NormalizerOptions.Matching)
    {
        var stem = word[split.PrefixLength..(word.Length - split.SuffixLength)];
        Span<char> buffer = stem.Length < 128 ? stackalloc char[stem.Length + 1] : new char[stem.Length + 1];
        int n = 0;
        if (split.RestoresArticle) buffer[n++] = Alef;
        n += ArabicNormalizer.Normalize(stem, buffer[n..], options);
        if (split.RestoresTehMarbuta && n > 0 && buffer[n - 1] == Teh)
            buffer[n - 1] = ArabicNormalizer.Fold('\u0629', options);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// True for a proclitic written apart with tatweel, "لـ", "بـ", "وـ": the word it governs is the
    /// next token ("لـ “صوت العاصمة”").
    /// </summary>
    public static bool IsDetachedProclitic(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[0] is not (Lam or Beh or Kaf or Waw or Feh)) return false;
        foreach (char c in word[1..])
            if (c != '\u0640') return false;
        return true;
    }

    /// <summary>Collects candidates in letter units, converts them to the word's units and sorts them.</summary>
    private ref struct Builder(ReadOnlySpan<char> letters, Span<int> starts, Span<int> ends, int wordLength, Span<CliticSplit> items, Span<int> keys)
    {
        private readonly ReadOnlySpan<char> _letters = letters;
        private readonly Span<int> _starts = starts, _ends = ends;
        private readonly Span<CliticSplit> _items = items;
        private readonly Span<int> _keys = keys;
        private int _count;

        /// <summary>Adds the prefix of <paramref name="p"/> letters alone and with each pronoun the word ends in.</summary>
        public void Add(int p, bool restoresArticle, bool hasArticle)
        {
            int n = _letters.Length;
            if (n - p < MinStemLetters) return;
            Push(p, 0, restoresArticle, false);
            if (hasArticle) return; // a noun with the article takes no pronoun
            foreach (var pronoun in Enclitics)
            {
                int s = pronoun.Length;
                if (n - p - s < MinStemLetters || !_letters.EndsWith(pronoun)) continue;
                Push(p, s, false, false);
                if (_letters[n - s - 1] == Teh) Push(p, s, false, true);
            }
        }

        private void Push(int p, int s, bool restoresArticle, bool restoresTeh)
        {
            if (_count == _items.Length) return;
            int prefix = p == 0 ? 0 : _ends[p - 1];
            int suffix = s == 0 ? 0 : wordLength - _starts[_letters.Length - s];
            _items[_count] = new CliticSplit(prefix, suffix, restoresArticle, restoresTeh);
            // Fewest letters split off first; a restoring reading after the plain one of equal length.
            _keys[_count] = (p + s) * 4 + (restoresArticle ? 1 : 0) + (restoresTeh ? 2 : 0);
            _count++;
        }

        public readonly int CopySorted(Span<CliticSplit> buffer)
        {
            // Insertion sort, stable: at most MaxCandidates items.
            for (int i = 1; i < _count; i++)
            {
                var item = _items[i];
                int key = _keys[i], j = i - 1;
                while (j >= 0 && _keys[j] > key) { _items[j + 1] = _items[j]; _keys[j + 1] = _keys[j]; j--; }
                _items[j + 1] = item;
                _keys[j + 1] = key;
            }
            int n = Math.Min(_count, buffer.Length);
            _items[..n].CopyTo(buffer);
            return n;
        }
    }
}
