#:project ../../src/Marsad.Store/Marsad.Store.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Writes what each query returns (total, hits with ids, scores and snippets, every facet count) as one
// JSON line per query, so that a change meant to be faster can be shown to return the same results:
//   dotnet run -c Release bench/store/search_dump.cs -- marsad.db QUERIES [HITS] [--reanalyse] > before.jsonl   (then diff)
// --reanalyse takes every snippet from Lucene's re-analysing highlighter (the reference for the postings path).
using System.Text.Json;
using Marsad.Store;
using Marsad.Store.Search;

if (args.Length < 2) { Console.Error.WriteLine("usage: search_dump.cs DB QUERIES [HITS]"); return 2; }
int limit = args.Length > 2 && args[2] != "--reanalyse" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
using var searcher = new ArticleSearcher(SearchIndex.PathFor(args[0])) { ReanalyseSnippets = args.Contains("--reanalyse") };
var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
foreach (var q in File.ReadLines(args[1]).Where(l => l.Length > 0 && l[0] != '#'))
{
    var r = searcher.Search(new SearchRequest(q, RecordFilter.None, limit));
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        q,
        total = r.Total,
        hits = r.Hits.Select(h => new { h.Id, h.Title, h.Outlet, h.Published, score = h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.Snippet }),
        facets = r.Facets,
    }, options));
}
return 0;
