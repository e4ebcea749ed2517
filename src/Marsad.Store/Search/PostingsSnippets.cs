using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;

namespace Marsad.Store.Search;

/// <summary>A query term found in a document: its characters in the body and the term it was indexed as.</summary>
internal readonly record struct Occurrence(int Start, int End, string Term);

/// <summary>
/// Snippets for queries made of words (term and boolean queries, which is what the search box sends),
/// built from the offsets the index keeps in its postings instead of re-analysing each hit. The result is
/// the one Lucene's <see cref="Highlighter"/> gives with <see cref="QueryScorer"/>,
/// <see cref="SimpleSpanFragmenter"/> of <see cref="FragmentSize"/> characters, <see cref="SimpleHTMLFormatter"/>
/// &lt;b&gt;…&lt;/b&gt;, the best <see cref="MaxFragments"/> fragments joined by " … " — character for character,
/// which <c>SearchTests</c> checks against the highlighter on real articles. That highlighter analyses
/// every word of the window with the clitic-expanding chain; its result depends on far less:
/// <list type="bullet">
/// <item>which words carry a query term, and which terms (the postings give both, with offsets);</item>
/// <item>where fragments start: before the first word that the chain keeps (not a stop word) whose end
/// passes the next multiple of the fragment size, with half a fragment of text still to come. Only the
/// few words at those places are analysed, one by one.</item>
/// </list>
/// Word boundaries come from Lucene's <see cref="StandardTokenizer"/>, the chain's first step, over the
/// window. The window's last words may be cut where the full body (which the postings describe) was
/// not, so words after the window's last white space are analysed as the highlighter would.
/// Phrases, prefixes and other queries keep the re-analysing highlighter (<see cref="TermWeights"/> says which).
/// Not thread-safe: one per search.
/// </summary>
internal sealed class PostingsSnippets
{
    public const int FragmentSize = 160;
    public const int MaxFragments = 2;
    private const string Open = "<b>", Close = "</b>", Separator = " … ";

    [ThreadStatic] private static StandardTokenizer? t_words;

    /// <summary>
    /// Terms the chain makes of a word, by word: the chain is a pure function of the word, and the words
    /// looked at (those at fragment boundaries, mostly stop words) repeat across hits and searches. Not a
    /// result cache: it holds no query and no document. Emptied when it reaches <see cref="MaxAnalysed"/> words.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Analysed = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> AnalysedBySpan =
        Analysed.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxAnalysed = 200_000;

    private readonly IReadOnlyDictionary<string, float> _weights;
    private readonly Analyzer _analyzer;
    private readonly List<int> _starts = [], _ends = [];

    public PostingsSnippets(IReadOnlyDictionary<string, float> weights, Analyzer analyzer)
    {
        _weights = weights;
        _analyzer = analyzer;
    }

    /// <summary>
    /// The body terms of a query and their weights, as <see cref="QueryScorer"/> reads them; null when the
    /// query holds anything but term and boolean queries (phrases need positions, prefixes the document's terms).
    /// </summary>
    public static IReadOnlyDictionary<string, float>? TermWeights(Query query)
    {
        if (!TermsOnly(query)) return null;
        var terms = new WeightedSpanTermExtractor().GetWeightedSpanTerms(query, null, IndexFields.Text);
        var weights = new Dictionary<string, float>(terms.Count, StringComparer.Ordinal);
        foreach (var (text, term) in terms)
        {
            if (term.IsPositionSensitive) return null;
            weights[text] = term.Weight;
        }
        return weights;
    }

    // Prohibited clauses are skipped by the highlighter, so they may hold anything.
    private static bool TermsOnly(Query q) => q switch
    {
        TermQuery => true,
        BooleanQuery b => b.Clauses.All(c => c.IsProhibited || TermsOnly(c.Query)),
        _ => false,
    };

    /// <summary>True when every segment indexed the body with offsets (index layout 4 and later).</summary>
    public static bool HasOffsets(IndexReader reader) => reader.Leaves.All(leaf =>
        leaf.AtomicReader.FieldInfos.FieldInfo(IndexFields.Text) is not { } f || f.IndexOptions >= IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    /// <summary>
    /// The occurrences of the query's body terms in each document of <paramref name="docs"/> (ids within
    /// <paramref name="leaf"/>), read from the postings: one term lookup per segment, documents in order.
    /// </summary>
    public void Collect(AtomicReaderContext leaf, IReadOnlyList<int> docs, IDictionary<int, List<Occurrence>> into)
    {
        var terms = leaf.AtomicReader.GetTerms(IndexFields.Text);
        if (terms is null) return;
        var sorted = docs.Order().ToArray();
        var termsEnum = terms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        foreach (var term in _weights.Keys)
        {
            if (!termsEnum.SeekExact(new BytesRef(term))) continue;
            postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null) return;
            foreach (int doc in sorted)
            {
                int at = postings.DocID < doc ? postings.Advance(doc) : postings.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                if (at != doc) continue;
                if (!into.TryGetValue(doc, out var list)) into[doc] = list = [];
                for (int i = 0, n = postings.Freq; i < n; i++)
                {
                    postings.NextPosition();
                    list.Add(new Occurrence(postings.StartOffset, postings.EndOffset, term));
                }
            }
        }
    }

    /// <summary>
    /// The snippet of a window given the occurrences in its document; empty when no fragment scores (the
    /// highlighter's empty result); null when the postings and the window's words disagree, which the
    /// reasoning above rules out — the caller then re-analyses rather than show a wrong snippet.
    /// </summary>
    public string? Snippet(string window, IReadOnlyList<Occurrence> occurrences)
    {
        Words(window);
        int n = _starts.Count;
        if (n == 0) return "";
        // Words after the last white space may be cut short by the window's end: the postings (of the
        // whole body) cannot speak for them, so they are analysed. Before it, segmentation is the body's.
        int tail = n;
        if (window.Length >= HitFields.SnippetWindow)
        {
            int space = window.Length - 1;
            while (space >= 0 && !char.IsWhiteSpace(window[space])) space--;
            while (tail > 0 && _starts[tail - 1] > space) tail--;
        }
        var matched = new List<string>?[n];
        bool any = false;
        int tailStart = tail < n ? _starts[tail] : int.MaxValue;
        foreach (var o in occurrences)
        {
            if (o.Start >= tailStart || o.End > window.Length) continue;
            int w = _starts.BinarySearch(o.Start);
            if (w < 0 || _ends[w] != o.End) return null;
            (matched[w] ??= []).Add(o.Term);
            any = true;
        }
        for (int w = tail; w < n; w++)
            foreach (var term in Analyse(window, w))
                if (_weights.ContainsKey(term)) { (matched[w] ??= []).Add(term); any = true; }
        if (!any) return "";
        return Build(window, matched);
    }

    private string Build(string window, List<string>?[] matched)
    {
        int n = _starts.Count, size = window.Length;
        // Fragment boundaries, as SimpleSpanFragmenter finds them: each is (first word of the fragment,
        // end of the kept word before it). The fragmenter is asked at every kept word but the first.
        var starts = new List<(int Word, int CutAt)> { (0, 0) };
        int fragments = 1, w = 0;
        while (true)
        {
            int threshold = FragmentSize * fragments;
            while (w < n && _ends[w] < threshold) w++;
            int found = -1, previous = -1;
            for (; w < n && size - _ends[w] >= FragmentSize / 2; w++)
            {
                if (!Kept(window, w, matched)) continue;
                previous = PreviousKept(window, w, matched);
                if (previous >= 0) { found = w; break; }
            }
            if (found < 0) break;
            starts.Add((found, _ends[previous]));
            fragments++;
            w = found + 1;
        }

        // Each fragment's characters of the window and its score (the sum of the weights of the distinct
        // terms it holds). The highlighter keeps spans of its marked-up copy of the window; marking up only
        // adds text around whole words inside one fragment, so spans of the window order, touch and merge
        // exactly as those do, and only the fragments shown need marking up.
        var spans = new (int Start, int End, float Score, int Num)[starts.Count];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        int fragment = 0;
        for (int i = 0; i < n; i++)
        {
            if (fragment + 1 < starts.Count && starts[fragment + 1].Word == i)
            {
                spans[fragment].End = starts[fragment + 1].CutAt;
                fragment++;
                spans[fragment] = (starts[fragment].CutAt, 0, 0, fragment);
                distinct.Clear();
            }
            if (matched[i] is not { } terms) continue;
            foreach (var t in terms)
                if (distinct.Add(t)) spans[fragment].Score += _weights[t];
        }
        spans[fragment].End = size;

        // The best fragments (higher score, then earlier), contiguous ones merged, as the highlighter does.
        var best = spans.OrderByDescending(s => s.Score).ThenBy(s => s.Num).Take(MaxFragments).ToArray();
        var shown = Merge(best).Where(s => s.Score > 0).Select(s => MarkUp(window, matched, s.Start, s.End));
        return string.Join(Separator, shown);
    }

    /// <summary>The window's characters start..end with each matched word in &lt;b&gt;…&lt;/b&gt;.</summary>
    private string MarkUp(string window, List<string>?[] matched, int start, int end)
    {
        var text = new System.Text.StringBuilder(end - start + 64);
        int last = start, first = _starts.BinarySearch(start);
        for (int w = first < 0 ? ~first : first; w < _starts.Count && _ends[w] <= end; w++)
        {
            if (matched[w] is null) continue;
            text.Append(window, last, _starts[w] - last).Append(Open).Append(window, _starts[w], _ends[w] - _starts[w]).Append(Close);
            last = _ends[w];
        }
        return text.Append(window, last, end - last).ToString();
    }

    /// <summary>Highlighter.MergeContiguousFragments over fragments in descending score: a fragment that follows another joins it, the worse slot emptied.</summary>
    private static List<(int Start, int End, float Score, int Num)> Merge((int Start, int End, float Score, int Num)[] frags)
    {
        var slots = frags.Select(f => ((int Start, int End, float Score, int Num)?)f).ToArray();
        bool merging;
        if (slots.Length > 1)
            do
            {
                merging = false;
                for (int i = 0; i < slots.Length; i++)
                {
                    if (slots[i] is null) continue;
                    for (int x = 0; x < slots.Length; x++)
                    {
                        if (slots[x] is null) continue;
                        if (slots[i] is null) break;
                        int first, second;
                        if (slots[i]!.Value.Start == slots[x]!.Value.End) { first = x; second = i; }
                        else if (slots[x]!.Value.Start == slots[i]!.Value.End) { first = i; second = x; }
                        else continue;
                        var a = slots[first]!.Value;
                        var b = slots[second]!.Value;
                        int bestSlot = a.Score > b.Score ? first : second, worstSlot = a.Score > b.Score ? second : first;
                        var joined = (a.Start, b.End, Math.Max(a.Score, b.Score), a.Num);
                        slots[worstSlot] = null;
                        merging = true;
                        slots[bestSlot] = joined;
                    }
                }
            } while (merging);
        return slots.Where(s => s is not null).Select(s => s!.Value).ToList();
    }

    private bool Kept(string window, int w, List<string>?[] matched) => matched[w] is not null || Analyse(window, w).Length > 0;

    private int PreviousKept(string window, int w, List<string>?[] matched)
    {
        for (int p = w - 1; p >= 0; p--)
            if (Kept(window, p, matched)) return p;
        return -1;
    }

    /// <summary>The terms the analysis chain makes of word w (none for a stop word).</summary>
    private string[] Analyse(string window, int w)
    {
        var span = window.AsSpan(_starts[w], _ends[w] - _starts[w]);
        if (AnalysedBySpan.TryGetValue(span, out var terms)) return terms;
        string word = span.ToString();
        var list = new List<string>(4);
        using (var stream = _analyzer.GetTokenStream(IndexFields.Text, word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) list.Add(term.ToString());
            stream.End();
        }
        if (Analysed.Count >= MaxAnalysed) Analysed.Clear();
        return Analysed[word] = list.ToArray();
    }

    /// <summary>Cuts the window into word tokens as the analysis chain's tokenizer does; offsets only.</summary>
    private void Words(string window)
    {
        _starts.Clear();
        _ends.Clear();
        var words = t_words ??= new StandardTokenizer(MarsadArabicAnalyzer.Version, new StringReader(""));
        var offset = words.GetAttribute<IOffsetAttribute>();
        words.SetReader(new StringReader(window));
        words.Reset();
        try
        {
            while (words.IncrementToken())
            {
                _starts.Add(offset.StartOffset);
                _ends.Add(offset.EndOffset);
            }
            words.End();
        }
        finally
        {
            words.Dispose();
        }
    }
}
