using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;
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

    /// <summary>Characters per snippet fragment; a snippet holds the two best fragments.</summary>
    public const int SnippetChars = 160;

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
    }

    /// <summary>Documents in the index.</summary>
    public int Count => _reader.NumDocs;

    public SearchResult Search(SearchRequest request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var text = Parse(request.Query);
        var query = WithFilters(text, request.Filter);
        var top = TopScoreDocCollector.Create(Math.Max(1, request.Limit), true);
        var facets = new FacetCollector();
        _searcher.Search(query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs();
        // Snippets come from the body's term vectors (positions and offsets of every analysed term, clitic
        // readings included), so only the shown hits are touched and the Arabic chain never runs again;
        // each hit's stored fields are read once, for the hit and its snippet together.
        var fieldQuery = text is MatchAllDocsQuery ? null : new FastVectorHighlighter().GetFieldQuery(text, _reader);
        var hits = new List<SearchHit>(docs.ScoreDocs.Length);
        foreach (var sd in docs.ScoreDocs)
        {
            var d = _searcher.Doc(sd.Doc);
            string body = d.Get(IndexFields.Text) ?? "";
            string? snippet = null;
            if (fieldQuery is not null)
            {
                var highlighter = new FastVectorHighlighter(true, true, FragLists, new LoadedBodyFragmentsBuilder(IndexFields.Text, body));
                var fragments = highlighter.GetBestFragments(fieldQuery, _reader, sd.Doc, IndexFields.Text, SnippetChars, 2);
                if (fragments is { Length: > 0 }) snippet = string.Join(" … ", fragments);
            }
            hits.Add(new SearchHit(d.Get(IndexFields.Id), d.Get(IndexFields.Title) ?? "", d.Get(IndexFields.Outlet), d.Get(IndexFields.Published), sd.Score, OneLine(snippet ?? Lead(body))));
        }
        return new SearchResult(docs.TotalHits, hits, facets.Top(FacetTop), clock.Elapsed.TotalMilliseconds);
    }

    private static readonly SimpleFragListBuilder FragLists = new();

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
    /// Counts facet ordinals of every matching document, per segment, from doc values: one int array per
    /// field and segment indexed by ordinal, so collecting a match is array increments only; ordinals are
    /// turned into values once per segment at the end.
    /// </summary>
    private sealed class FacetCollector : ICollector
    {
        /// <summary>Multi-valued facets (sorted-set doc values); the month is single-valued (sorted doc values).</summary>
        private static readonly string[] SetFields = [IndexFields.Actor, IndexFields.Place, IndexFields.Type];

        private readonly List<Segment> _segments = [];
        private Segment? _current;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            var month = reader.GetSortedDocValues(IndexFields.Month);
            var sets = SetFields.Select(f => reader.GetSortedSetDocValues(f)).ToArray();
            _current = new Segment(month, month is null ? [] : new int[month.ValueCount], sets, sets.Select(s => s is null ? [] : new int[(int)s.ValueCount]).ToArray());
            _segments.Add(_current);
        }

        public void Collect(int doc)
        {
            var seg = _current!;
            if (seg.Month is { } month)
            {
                int ord = month.GetOrd(doc);
                if (ord >= 0) seg.MonthCounts[ord]++;
            }
            for (int i = 0; i < seg.Sets.Length; i++)
            {
                var set = seg.Sets[i];
                if (set is null) continue;
                var counts = seg.SetCounts[i];
                set.SetDocument(doc);
                long ord;
                while ((ord = set.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
            }
        }

        public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Top(int n)
        {
            var totals = IndexFields.Facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
            var scratch = new BytesRef();
            void Add(string field, int[] counts, Action<int, BytesRef> lookup)
            {
                var target = totals[field];
                for (int ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] == 0) continue;
                    lookup(ord, scratch);
                    string value = scratch.Utf8ToString();
                    target[value] = target.GetValueOrDefault(value) + counts[ord];
                }
            }
            foreach (var seg in _segments)
            {
                if (seg.Month is { } month) Add(IndexFields.Month, seg.MonthCounts, month.LookupOrd);
                for (int i = 0; i < seg.Sets.Length; i++)
                    if (seg.Sets[i] is { } set) Add(SetFields[i], seg.SetCounts[i], (ord, into) => set.LookupOrd(ord, into));
            }
            return totals.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetCount>)(kv.Key == IndexFields.Month
                ? kv.Value.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new FacetCount(x.Key, x.Value)).ToArray()
                : kv.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(n).Select(x => new FacetCount(x.Key, x.Value)).ToArray()));
        }

        private sealed record Segment(SortedDocValues? Month, int[] MonthCounts, SortedSetDocValues?[] Sets, int[][] SetCounts);
    }
}
