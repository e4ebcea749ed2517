using BenchmarkDotNet.Running;

namespace Marsad.Bench;

/// <summary>
/// Marsad's BenchmarkDotNet suite. Run all: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'</c>;
/// one class: <c>--filter '*TextLayer*'</c>. Benchmarks that read ../shared/data say so when it is absent.
/// <c>--pipeline-cpu [ROUNDS]</c> runs <see cref="PipelineCpuTime"/> instead (CPU time, for a loaded machine).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--pipeline-cpu", ..])
        {
            PipelineCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
