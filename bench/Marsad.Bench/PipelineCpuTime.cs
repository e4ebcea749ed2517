using System.Diagnostics;

namespace Marsad.Bench;

/// <summary>
/// <see cref="PipelineBenchmarks"/>' three pipelines timed in process CPU time instead of wall time,
/// in interleaved rounds (without times and events, without events, whole; then again): on the
/// shared build machine wall time also counts the time other jobs hold the cores, which at load
/// 10–30 swamps the difference being measured, while CPU time counts only this process's work
/// (the garbage collector's included). Each round gives the two ratios against the baseline of
/// the same round; the median over the rounds is reported.
/// Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --pipeline-cpu [ROUNDS]</c>.
/// </summary>
public static class PipelineCpuTime
{
    public static void Run(int rounds)
    {
        var bench = new PipelineBenchmarks();
        bench.Setup();
        var ops = new (string Name, Func<long> Op)[]
        {
            ("pipeline without times and events", bench.WithoutTimesAndEvents),
            ("pipeline without events", bench.WithoutEvents),
            ("whole pipeline", bench.Whole),
        };
        // Warm-up: tiered compilation settles before anything is counted.
        for (int w = 0; w < 2; w++) foreach (var (_, op) in ops) op();
        var seconds = ops.Select(_ => new List<double>()).ToArray();
        var ratios = ops.Select(_ => new List<double>()).ToArray();
        Console.WriteLine($"// load before: {LoadAverage()}");
        for (int r = 0; r < rounds; r++)
        {
            var round = new double[ops.Length];
            for (int i = 0; i < ops.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                ops[i].Op();
                round[i] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
                seconds[i].Add(round[i]);
                ratios[i].Add(round[i] / round[0]);
            }
            Console.WriteLine($"// round {r + 1}: " + string.Join(", ", round.Select((s, i) => $"{s:F3} s (×{s / round[0]:F2})")));
        }
        Console.WriteLine($"// load after: {LoadAverage()}");
        Console.WriteLine($"| pipeline ({rounds} rounds, process CPU per operation) | median CPU | median ratio | min ratio | max ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (int i = 0; i < ops.Length; i++)
            Console.WriteLine($"| {ops[i].Name} | {Median(seconds[i]):F3} s | {Median(ratios[i]):F2} | {ratios[i].Min():F2} | {ratios[i].Max():F2} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
