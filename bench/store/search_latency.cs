#:project ../../src/Marsad.Store/Marsad.Store.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Search latency over a query set, in process (no start-up cost): the set is run five times to warm
// up, then ROUNDS times; prints p50/p95/p99/max in milliseconds. Usage:
//   dotnet run -c Release bench/store/search_latency.cs -- marsad.db bench/store/queries.txt [ROUNDS] [HITS]
// HITS defaults to 20, the page the API and the UI ask for.
using System.Diagnostics;
using System.Runtime.InteropServices;
using Marsad.Store;
using Marsad.Store.Search;

if (args.Length < 2) { Console.Error.WriteLine("usage: search_latency.cs DB QUERIES [ROUNDS] [HITS]"); return 2; }
int rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20;
int hits = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
var queries = File.ReadLines(args[1]).Where(l => l.Length > 0 && l[0] != '#').ToArray();
using var searcher = new ArticleSearcher(SearchIndex.PathFor(args[0]));
// Warm-up, not timed: five rounds, so that tiered compilation has promoted the hot methods (one round
// left the JIT compiling during the timed loop and counted in the process CPU, as it would not be in a
// server that has been up for a while).
for (int r = 0; r < 5; r++)
    foreach (var q in queries) searcher.Search(new SearchRequest(q, RecordFilter.None, hits));
var times = new List<double>();
// Process CPU over the timed loop (all threads, GC included) divided by the searches: the mean cost at
// a finer grain than the per-search thread figures, which the kernel counts in scheduler ticks (4 ms here).
var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
long allocated = GC.GetTotalAllocatedBytes(precise: false);
int gen0 = GC.CollectionCount(0);
var paused = GC.GetTotalPauseDuration();
var cpu = new List<double>();
var totals = new Dictionary<string, int>();
var slowest = new Dictionary<string, double>();
for (int r = 0; r < rounds; r++)
    foreach (var q in queries)
    {
        double cpuBefore = ThreadCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        var result = searcher.Search(new SearchRequest(q, RecordFilter.None, hits));
        times.Add(clock.Elapsed.TotalMilliseconds);
        cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
        totals[q] = result.Total;
        slowest[q] = Math.Max(slowest.GetValueOrDefault(q), times[^1]);
    }
double meanCpu = (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds / times.Count;
double allocatedPerSearch = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1024.0 / times.Count;
int collections = GC.CollectionCount(0) - gen0;
double pausedPerSearch = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / times.Count;
var wall = times.ToList();
times.Sort();
cpu.Sort();
double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
double C(double p) => cpu[Math.Min(cpu.Count - 1, (int)Math.Ceiling(p * cpu.Count) - 1)];
Console.WriteLine($"{searcher.Count} documents, {queries.Length} queries x {rounds} rounds ({hits} hits, snippets, facets)");
Console.WriteLine($"wall: p50 {P(0.50):0.0} ms  p95 {P(0.95):0.0} ms  p99 {P(0.99):0.0} ms  max {times[^1]:0.0} ms");
// CPU time of the searching thread: what the query costs, without the time the OS gave other processes on a shared machine.
Console.WriteLine($"cpu:  p50 {C(0.50):0.0} ms  p95 {C(0.95):0.0} ms  p99 {C(0.99):0.0} ms  max {cpu[^1]:0.0} ms  (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores)");
Console.WriteLine($"process cpu per search (mean, all threads): {meanCpu:0.00} ms; allocated {allocatedPerSearch:0} kB, GC pause {pausedPerSearch:0.000} ms ({collections} collections)");
Console.WriteLine("  hits  slowest  query");
foreach (var q in queries) Console.WriteLine($"  {totals[q],6}  {slowest[q],5:0.0} ms  {q}");
return 0;

/// <summary>CPU time of the calling thread (getrusage RUSAGE_THREAD, Linux), in milliseconds.</summary>
static class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage { public long UserSec, UserMicro, SysSec, SysMicro; [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)] public long[] Rest; }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    public static double Milliseconds() =>
        getrusage(1, out var u) == 0 ? (u.UserSec + u.SysSec) * 1000.0 + (u.UserMicro + u.SysMicro) / 1000.0 : double.NaN;
}
