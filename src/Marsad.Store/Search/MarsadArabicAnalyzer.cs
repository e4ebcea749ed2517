using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Marsad.Text;

namespace Marsad.Store.Search;

/// <summary>
/// The search analysis chain, the same at index and query time: Unicode word tokens → Marsad's clitic
/// analysis (<see cref="Clitics"/>: every reading of the word as conjunction/preposition/article +
/// stem + pronoun, each stem at the same position as the word, so "بدمشق" also indexes "دمشق" and
/// "حكومته" also "حكومة") with Marsad's own normaliser (hamza alefs, teh marbuta, alef maqsura, marks,
/// tatweel, digits — the folds the extractors match with) → Lucene's Arabic stop words, folded the
/// same way → Lucene's ArabicStemFilter (article and common suffixes, so "الروس" meets "روس") →
/// duplicates at one position dropped.
/// </summary>
public sealed class MarsadArabicAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<CharArraySet> FoldedStopWords = new(() =>
    {
        var set = new CharArraySet(Version, 256, ignoreCase: false);
        foreach (var w in ArabicAnalyzer.DefaultStopSet)
        {
            string folded = NormalizedText.Normalize(w.ToString() ?? "");
            if (folded.Length > 0) set.Add(folded);
        }
        return set;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream s = new CliticVariantFilter(source);
        s = new StopFilter(Version, s, FoldedStopWords.Value);
        s = new ShortWordGuard(s);
        s = new ArabicStemFilter(s);
        s = new RemoveDuplicatesTokenFilter(s);
        return new TokenStreamComponents(source, s);
    }
}

/// <summary>
/// Keeps ArabicStemFilter from cutting a suffix off a short word that has no prefix to strip:
/// light10 would cut "ها" from "ابها" (the city Abha) and leave "اب" (father), so "أبها" matched
/// every "أبي" and "أبو". A word of four letters or fewer that ends like a suffix and does not
/// start with the article or و is marked as a keyword, which the stemmer leaves whole; "الحج" still
/// becomes "حج".
/// </summary>
public sealed class ShortWordGuard : TokenFilter
{
    private const int MaxGuarded = 4;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ShortWordGuard(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var w = _term.Buffer.AsSpan(0, _term.Length);
        if (w.Length <= MaxGuarded && w.Length >= 3 && !w.StartsWith("ال") && !w.StartsWith("لل") && w[0] != '\u0648'
            && (w.EndsWith("ها") || w.EndsWith("ان") || w.EndsWith("ات") || w.EndsWith("ون") || w.EndsWith("ين") || w.EndsWith("يه") || w[^1] is '\u0647' or '\u064A'))
            _keyword.IsKeyword = true;
        return true;
    }
}

/// <summary>
/// Thin adapter over <see cref="Clitics"/> and <see cref="Marsad.Text.ArabicNormalizer.Fold"/>: replaces each
/// term by its folded form (Latin lower-cased; a term of marks only is dropped) and, for an Arabic
/// word with attached conjunctions or prepositions, follows it with the folded stem of each such
/// reading at the same position ("وبدمشق" → "بدمشق", "دمشق"; "للجيش" → "الجيش"). Readings that
/// split off a pronoun are left to ArabicStemFilter's suffix rules, which cover the same endings
/// (adding them too would double the index terms for little recall), except where the pronoun
/// turned a teh marbuta into ت ("حكومتها" → "حكومة"), which no suffix rule undoes. Allocation-free per token.
/// </summary>
public sealed class CliticVariantFilter : TokenFilter
{
    /// <summary>Readings kept per word beyond the surface one (a word has at most four proclitic readings).</summary>
    private const int MaxVariants = 4;

    /// <summary>Longer words are not split: no Arabic word with clitics is this long.</summary>
    private const int MaxWord = 40;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly CliticSplit[] _splits = new CliticSplit[Clitics.MaxCandidates];
    private readonly char[][] _variants = Enumerable.Range(0, MaxVariants).Select(_ => new char[MaxWord + 1]).ToArray();
    private readonly int[] _lengths = new int[MaxVariants];
    private int _count, _next;

    public CliticVariantFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next < _count)
        {
            // Offsets and type stay those of the word the variant was read from; only the term and position change.
            _term.CopyBuffer(_variants[_next], 0, _lengths[_next]);
            _position.PositionIncrement = 0;
            _next++;
            return true;
        }
        _count = _next = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            // Clitic readings come from the surface (before ة folds to ه and looks like a pronoun).
            if (word.Length is > 2 and <= MaxWord && Marsad.Text.Tokenizer.IsArabicLetter(word[0]))
            {
                int n = Clitics.Candidates(word, _splits);
                for (int i = 0; i < n && _count < MaxVariants; i++)
                {
                    var split = _splits[i];
                    if (split.IsUnsplit) continue;
                    if (split.SuffixLength == 0) AddVariant(word[split.PrefixLength..], split.RestoresArticle, restoreTehMarbuta: false);
                    else if (split.RestoresTehMarbuta) AddVariant(word[split.PrefixLength..^split.SuffixLength], split.RestoresArticle, restoreTehMarbuta: true);
                }
            }
            int folded = Fold(_term.Buffer, _term.Length);
            if (folded == 0) { _count = 0; continue; }
            _term.SetLength(folded);
            return true;
        }
        return false;
    }

    private void AddVariant(ReadOnlySpan<char> stem, bool restoreArticle, bool restoreTehMarbuta)
    {
        var buffer = _variants[_count];
        int n = 0;
        if (restoreArticle) buffer[n++] = '\u0627';
        foreach (char c in stem)
        {
            char f = Marsad.Text.ArabicNormalizer.Fold(c, NormalizerOptions.Matching);
            if (f != '\0') buffer[n++] = f;
        }
        if (n == 0) return;
        // "حكومتها" = حكومة + ها: the ة written ت before a pronoun comes back (folded, as ه).
        if (restoreTehMarbuta && buffer[n - 1] == '\u062A') buffer[n - 1] = Marsad.Text.ArabicNormalizer.Fold('\u0629', NormalizerOptions.Matching);
        for (int k = 0; k < _count; k++)
            if (_variants[k].AsSpan(0, _lengths[k]).SequenceEqual(buffer.AsSpan(0, n))) return;
        _lengths[_count++] = n;
    }

    /// <summary>Folds a term in place; returns its new length (0 when only marks were left).</summary>
    private static int Fold(char[] buffer, int length)
    {
        int n = 0;
        for (int i = 0; i < length; i++)
        {
            char f = Marsad.Text.ArabicNormalizer.Fold(buffer[i], NormalizerOptions.Matching);
            if (f != '\0') buffer[n++] = char.ToLowerInvariant(f);
        }
        return n;
    }

    public override void Reset()
    {
        base.Reset();
        _count = _next = 0;
    }
}
