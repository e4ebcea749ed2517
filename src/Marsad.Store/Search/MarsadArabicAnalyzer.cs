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
        s = new ArabicStemFilter(s);
        s = new RemoveDuplicatesTokenFilter(s);
        return new TokenStreamComponents(source, s);
    }
}

/// <summary>
/// Thin adapter over <see cref="Clitics"/> and <see cref="Marsad.Text.ArabicNormalizer.Fold"/>: replaces each
/// term by its folded form (Latin lower-cased; a term of marks only is dropped) and, for an Arabic
/// word, follows it with the matching form of every other clitic reading at the same position.
/// </summary>
public sealed class CliticVariantFilter : TokenFilter
{
    /// <summary>Readings kept per word beyond the surface one; <see cref="Clitics.MaxCandidates"/> bounds them anyway.</summary>
    private const int MaxVariants = 6;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<string> _pending = new(MaxVariants);
    private readonly CliticSplit[] _splits = new CliticSplit[Clitics.MaxCandidates];
    private State? _saved;

    public CliticVariantFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_saved);
            var next = _pending[^1];
            _pending.RemoveAt(_pending.Count - 1);
            _term.SetEmpty().Append(next);
            _position.PositionIncrement = 0;
            return true;
        }
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            // Clitic readings come from the surface (before ة folds to ه and looks like a pronoun).
            int n = word.Length > 0 && Marsad.Text.Tokenizer.IsArabicLetter(word[0]) ? Clitics.Candidates(word, _splits) : 0;
            for (int i = 0; i < n && _pending.Count < MaxVariants; i++)
            {
                if (_splits[i].IsUnsplit) continue;
                string stem = Clitics.StemOf(word, _splits[i], NormalizerOptions.Matching);
                if (stem.Length > 0 && !_pending.Contains(stem)) _pending.Add(stem);
            }
            int folded = Fold(_term.Buffer, _term.Length);
            if (folded == 0) { _pending.Clear(); continue; }
            _term.SetLength(folded);
            _pending.Remove(_term.ToString());
            if (_pending.Count > 0) _saved = CaptureState();
            return true;
        }
        return false;
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
        _pending.Clear();
        _saved = null;
    }
}
