using System.Runtime.InteropServices;

namespace Marsad.Bench;

/// <summary>
/// <see cref="PipelineBenchmarks"/>' three pipelines timed in thread CPU time instead of wall time,
/// interleaved per article (each article goes through the three pipelines back to back, the
/// order rotating from article to article). On the shared build machine wall time also counts
/// the time other jobs hold the cores, which at load 10–30 swamps the difference being measured;
/// thread CPU time counts only this thread's work, and interleaving per article spreads what
/// contention still does (shared caches) evenly over the three. Each round sums the articles;
/// the median ratio over the rounds is reported.
/// Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --pipeline-cpu [ROUNDS]</c> (Linux).
/// </summary>
public static class PipelineCpuTime
{
    private static readonly string[] Names = ["pipeline without times and events", "pipeline without events", "whole pipeline"];

    public static void Run(int rounds)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("--pipeline-cpu reads the thread CPU clock of Linux");
        var bench = new PipelineBenchmarks();
        bench.Setup();
        var (articles, pipelines) = bench.Workload;
        // Warm-up: tiered compilation settles before anything is counted.
        for (int w = 0; w < 2; w++) foreach (var p in pipelines) foreach (var a in articles) p.Process(a);
        var seconds = Names.Select(_ => new List<double>()).ToArray();
        var ratios = Names.Select(_ => new List<double>()).ToArray();
        Console.WriteLine($"// load before: {LoadAverage()}");
        for (int r = 0; r < rounds; r++)
        {
            var round = new double[pipelines.Length];
            for (int i = 0; i < articles.Length; i++)
            {
                for (int k = 0; k < pipelines.Length; k++)
                {
                    int p = (i + k) % pipelines.Length;
                    double before = ThreadCpuSeconds();
                    pipelines[p].Process(articles[i]);
                    round[p] += ThreadCpuSeconds() - before;
                }
            }
            for (int p = 0; p < pipelines.Length; p++)
            {
                seconds[p].Add(round[p]);
                ratios[p].Add(round[p] / round[0]);
            }
            Console.WriteLine($"// round {r + 1}: " + string.Join(", ", round.Select(s => $"{s:F3} s (×{s / round[0]:F2})")));
        }
        Console.WriteLine($"// load after: {LoadAverage()}");
        Console.WriteLine($"| pipeline ({articles.Length} articles × {rounds} rounds, thread CPU) | median CPU per round | median ratio | min ratio | max ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (int p = 0; p < pipelines.Length; p++)
            Console.WriteLine($"| {Names[p]} | {Median(seconds[p]):F3} s | {Median(ratios[p]):F2} | {ratios[p].Min():F2} | {ratios[p].Max():F2} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private static double ThreadCpuSeconds()
    {
        if (ClockGetTime(ClockThreadCpuTime, out var ts) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return ts.Seconds + ts.Nanoseconds * 1e-9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
