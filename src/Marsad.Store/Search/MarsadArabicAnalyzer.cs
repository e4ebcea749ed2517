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

/// <summary>Thin adapter: after each term with attached particles, emits the peeled form at the same position.</summary>
public sealed class ProcliticVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _variant = new char[32];
    private int _variantLength;
    private State? _saved;

    public ProcliticVariantFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_saved is not null)
        {
            RestoreState(_saved);
            _saved = null;
            _term.CopyBuffer(_variant, 0, _variantLength);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (_variant.Length < _term.Length + 1) _variant = new char[_term.Length * 2 + 1];
        _variantLength = ArabicProclitics.Peel(_term.Buffer.AsSpan(0, _term.Length), _variant);
        if (_variantLength > 0) _saved = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _saved = null;
    }
}
