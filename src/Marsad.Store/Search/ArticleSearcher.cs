using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Marsad.Store.Search;

/// <summary>What to search for: a query in Lucene's classic syntax plus the shared filters.</summary>
public sealed record SearchRequest(string Query, RecordFilter Filter, int Limit = 10);

/// <summary>One ranked article; <see cref="Snippet"/> marks matched words with &lt;b&gt;…&lt;/b&gt;.</summary>
public sealed record SearchHit(string Id, string Title, string? Outlet, string? Published, float Score, string Snippet);

/// <summary>A facet value and how many matching articles carry it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Ranked hits, the total number of matches, and facet counts over all matches (not only the hits shown).</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, double Milliseconds);

/// <summary>A query the parser cannot read; the message is one line a user can act on.</summary>
public sealed class SearchSyntaxException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Searches the index with the analysis chain it was built with. Open once and reuse: the reader and
/// searcher are thread-safe. Title matches weigh twice body matches; words are ANDed by default (news
/// users narrow by adding words); facet counts come from doc values over every match.
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    /// <summary>Facet values returned per dimension.</summary>
    public const int FacetTop = 10;

    /// <summary>Characters of each hit's body its snippet is taken from (<see cref="HitFields.SnippetWindow"/>).</summary>
    public const int SnippetWindow = HitFields.SnippetWindow;

    private readonly FSDirectory _dir;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly MarsadArabicAnalyzer _analyzer = new();

    public ArticleSearcher(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath) || !DirectoryReader.IndexExists(FSDirectory.Open(indexPath)))
            throw new StoreException($"no search index at {indexPath}; run `marsad ingest` first (it builds the index beside the database)");
        _dir = FSDirectory.Open(indexPath);
        _reader = DirectoryReader.Open(_dir);
        _searcher = new IndexSearcher(_reader);
        _offsets = PostingsSnippets.HasOffsets(_reader);
        _facets = new ReaderFacets(_reader);
    }

    private readonly bool _offsets;
    private readonly ReaderFacets _facets;

    /// <summary>
    /// Snippets by re-analysing each hit's window with Lucene's highlighter even where the postings'
    /// offsets would do (<see cref="PostingsSnippets"/>): the reference the fast path is tested against.
    /// </summary>
    public bool ReanalyseSnippets { get; init; }

    /// <summary>Documents in the index.</summary>
    public int Count => _reader.NumDocs;

    public SearchResult Search(SearchRequest request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var text = Parse(request.Query);
        var query = WithFilters(text, request.Filter);
        var top = TopScoreDocCollector.Create(Math.Max(1, request.Limit), true);
        var facets = new FacetCollector(_facets);
        _searcher.Search(query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs();
        var shown = Shown(docs.ScoreDocs);
        var snippets = Snippets(text, docs.ScoreDocs, shown);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        for (int i = 0; i < shown.Length; i++)
        {
            var h = shown[i];
            string? snippet = snippets[i];
            if (string.IsNullOrEmpty(snippet)) snippet = Lead(h.Window);
            hits.Add(new SearchHit(h.Id, h.Title, h.Outlet, h.Published, docs.ScoreDocs[i].Score, OneLine(snippet)));
        }
        return new SearchResult(docs.TotalHits, hits, facets.Top(FacetTop), clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>What each hit shows, from the <see cref="IndexFields.Hit"/> doc value (stored fields where a document has none).</summary>
    private HitFields[] Shown(ScoreDoc[] docs)
    {
        var leaves = _reader.Leaves;
        var values = new BinaryDocValues?[leaves.Count];
        var scratch = new BytesRef();
        var shown = new HitFields[docs.Length];
        for (int i = 0; i < docs.Length; i++)
        {
            int doc = docs[i].Doc, l = ReaderUtil.SubIndex(doc, leaves);
            var leaf = leaves[l];
            var dv = values[l] ??= leaf.AtomicReader.GetBinaryDocValues(IndexFields.Hit);
            if (dv is not null)
            {
                dv.Get(doc - leaf.DocBase, scratch);
                if (scratch.Length > 0) { shown[i] = HitFields.Decode(scratch); continue; }
            }
            var d = _searcher.Doc(doc);
            shown[i] = new HitFields(d.Get(IndexFields.Id), d.Get(IndexFields.Title) ?? "", d.Get(IndexFields.Outlet), d.Get(IndexFields.Published),
                d.Get(IndexFields.Window) ?? HitFields.WindowOf(d.Get(IndexFields.Text) ?? ""));
        }
        return shown;
    }

    /// <summary>Each hit's snippet (null or empty: none); from the postings where the query allows it, else by re-analysis.</summary>
    private string?[] Snippets(Query text, ScoreDoc[] docs, HitFields[] shown)
    {
        var snippets = new string?[docs.Length];
        if (text is MatchAllDocsQuery || docs.Length == 0) return snippets;
        var weights = _offsets && !ReanalyseSnippets ? PostingsSnippets.TermWeights(text) : null;
        if (weights is not null)
        {
            var fast = new PostingsSnippets(weights, _analyzer);
            var leaves = _reader.Leaves;
            var occurrences = new Dictionary<int, List<Occurrence>>();
            foreach (var group in docs.GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
            {
                var leaf = leaves[group.Key];
                var local = new Dictionary<int, List<Occurrence>>();
                fast.Collect(leaf, group.Select(d => d.Doc - leaf.DocBase).ToArray(), local);
                foreach (var (doc, list) in local) occurrences[doc + leaf.DocBase] = list;
            }
            for (int i = 0; i < docs.Length; i++)
                snippets[i] = fast.Snippet(shown[i].Window, occurrences.GetValueOrDefault(docs[i].Doc) ?? []);
        }
        Highlighter? highlighter = null;
        for (int i = 0; i < docs.Length; i++)
        {
            if (weights is not null && snippets[i] is not null) continue;
            highlighter ??= Reanalysing(text);
            string window = shown[i].Window;
            snippets[i] = highlighter.GetBestFragments(_analyzer.GetTokenStream(IndexFields.Text, window), window, PostingsSnippets.MaxFragments, " … ");
        }
        return snippets;
    }

    /// <summary>Lucene's highlighter re-analysing the window: for phrases, prefixes and the like, and the reference for <see cref="PostingsSnippets"/>.</summary>
    private static Highlighter Reanalysing(Query text)
    {
        var scorer = new QueryScorer(text, IndexFields.Text);
        return new Highlighter(new SimpleHTMLFormatter("<b>", "</b>"), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, PostingsSnippets.FragmentSize),
            MaxDocCharsToAnalyze = SnippetWindow,
        };
    }

    private Query Parse(string query)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Trim() == "*") return new MatchAllDocsQuery();
        var parser = new MultiFieldQueryParser(MarsadArabicAnalyzer.Version, [IndexFields.Title, IndexFields.Text], _analyzer,
            new Dictionary<string, float> { [IndexFields.Title] = 2f, [IndexFields.Text] = 1f })
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            return parser.Parse(query);
        }
        catch (ParseException e)
        {
            throw new SearchSyntaxException($"cannot read the query '{query}': {FirstLine(e.Message)} (quote phrases with \"…\", escape + - ! ( ) : ^ [ ] {{ }} ~ * ? with \\)", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new SearchSyntaxException($"the query '{query}' expands to too many terms; use a longer prefix before *", e);
        }
    }

    private static Query WithFilters(Query text, RecordFilter f)
    {
        if (f.Actor is null && f.Place is null && f.Type is null && f.From is null && f.To is null) return text;
        var all = new BooleanQuery { { text, Occur.MUST } };
        void Must(Query q) => all.Add(new ConstantScoreQuery(q) { Boost = 0 }, Occur.MUST);
        if (f.Actor is not null) Must(new TermQuery(new Term(IndexFields.Actor, f.Actor)));
        if (f.Place is not null) Must(new TermQuery(new Term(IndexFields.Place, f.Place)));
        if (f.Type is not null) Must(new TermQuery(new Term(IndexFields.Type, f.Type.ToUpperInvariant())));
        if (f.From is not null || f.To is not null)
            Must(TermRangeQuery.NewStringRange(IndexFields.Published, f.From, f.To is null ? null : Sqlite.SqliteRecordStore.ToInclusiveEnd(f.To), true, true));
        return all;
    }

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(['\r', '\n']);
        return (nl < 0 ? s : s[..nl]).Trim();
    }

    private static string Lead(string body) => body.Length <= 200 ? body : body[..200] + " …";

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>
    /// Counts the facet values of every matching document into one array per field, numbered across
    /// segments (<see cref="ReaderFacets"/>), then names the top counts.
    /// </summary>
    private sealed class FacetCollector(ReaderFacets facets) : ICollector
    {
        private readonly int[][] _counts = facets.Values.Select(v => new int[v.Length]).ToArray();
        private (int[] Starts, int[] Ordinals)[] _segment = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context) => _segment = facets.Segments[context.Ord];

        public void Collect(int doc)
        {
            for (int f = 0; f < _segment.Length; f++)
            {
                var (starts, ords) = _segment[f];
                var counts = _counts[f];
                for (int k = starts[doc], end = starts[doc + 1]; k < end; k++) counts[ords[k]]++;
            }
        }

        public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Top(int n) => facets.Name(_counts, n);
    }
}
