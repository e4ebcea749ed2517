#:project ../../src/Marsad.Store/Marsad.Store.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Search latency over a query set, in process (no start-up cost): each query is run once to warm
// up, then ROUNDS times; prints p50/p95/p99/max in milliseconds. Usage:
//   dotnet run bench/store/search_latency.cs -- marsad.db bench/store/queries.txt [ROUNDS]
using System.Diagnostics;
using Marsad.Store;
using Marsad.Store.Search;

if (args.Length < 2) { Console.Error.WriteLine("usage: search_latency.cs DB QUERIES [ROUNDS]"); return 2; }
int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
var queries = File.ReadLines(args[1]).Where(l => l.Length > 0 && l[0] != '#').ToArray();
using var searcher = new ArticleSearcher(SearchIndex.PathFor(args[0]));
foreach (var q in queries) searcher.Search(new SearchRequest(q, RecordFilter.None));
var times = new List<double>();
var totals = new Dictionary<string, int>();
for (int r = 0; r < rounds; r++)
    foreach (var q in queries)
    {
        var clock = Stopwatch.StartNew();
        var result = searcher.Search(new SearchRequest(q, RecordFilter.None));
        times.Add(clock.Elapsed.TotalMilliseconds);
        totals[q] = result.Total;
    }
times.Sort();
double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
Console.WriteLine($"{searcher.Count} documents, {queries.Length} queries x {rounds} rounds (10 hits, snippets, facets)");
Console.WriteLine($"p50 {P(0.50):0.0} ms  p95 {P(0.95):0.0} ms  p99 {P(0.99):0.0} ms  max {times[^1]:0.0} ms");
foreach (var q in queries) Console.WriteLine($"  {totals[q],6}  {q}");
return 0;
