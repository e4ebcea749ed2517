using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Marsad.Corpus;
using Marsad.Text;

namespace Marsad.Store.Search;

/// <summary>
/// The search analysis chain, the same at index and query time: Unicode word tokens → Marsad's own
/// normaliser (hamza alefs, teh marbuta, alef maqsura, marks, tatweel, digits — the same folds the
/// extractors match with) → Lucene's Arabic stop words, folded the same way → the peeled variant of
/// attached conjunctions and prepositions (<see cref="ArabicProclitics"/>) at the same position →
/// Lucene's ArabicStemFilter (article and common suffixes) → duplicates at one position dropped.
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
        TokenStream s = new MarsadFoldFilter(source);
        s = new StopFilter(Version, s, FoldedStopWords.Value);
        s = new ProcliticVariantFilter(s);
        s = new ArabicStemFilter(s);
        s = new RemoveDuplicatesTokenFilter(s);
        return new TokenStreamComponents(source, s);
    }
}

/// <summary>Thin adapter: folds each term in place with <see cref="Marsad.Text.ArabicNormalizer.Fold"/> and lower-cases Latin; drops terms that fold to nothing.</summary>
public sealed class MarsadFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public MarsadFoldFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            int n = 0, length = _term.Length;
            for (int i = 0; i < length; i++)
            {
                char f = Marsad.Text.ArabicNormalizer.Fold(buffer[i], NormalizerOptions.Matching);
                if (f != '\0') buffer[n++] = char.ToLowerInvariant(f);
            }
            if (n == 0) continue;
            _term.SetLength(n);
            return true;
        }
        return false;
    }
}

/// <summary>
/// Thin adapter: after each term with attached particles, emits its peeled forms at the same position
/// (conjunction only, then conjunction and preposition, when they differ), so "وبغداد" indexes
/// "بغداد" and "وبدمشق" indexes "دمشق".
/// </summary>
public sealed class ProcliticVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<string> _pending = new(2);
    private char[] _variant = new char[32];
    private State? _saved;

    public ProcliticVariantFilter(TokenStream input) : base(input)
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
        if (!m_input.IncrementToken()) return false;
        if (_variant.Length < _term.Length + 1) _variant = new char[_term.Length * 2 + 1];
        var word = _term.Buffer.AsSpan(0, _term.Length);
        int full = ArabicProclitics.Peel(word, _variant, preposition: true);
        if (full > 0) _pending.Add(new string(_variant, 0, full));
        int conjunction = ArabicProclitics.Peel(word, _variant, preposition: false);
        if (conjunction > 0 && (full == 0 || !_variant.AsSpan(0, conjunction).SequenceEqual(_pending[0]))) _pending.Add(new string(_variant, 0, conjunction));
        if (_pending.Count > 0) _saved = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _saved = null;
    }
}
