using BenchmarkDotNet.Running;

namespace Marsad.Bench;

/// <summary>
/// Marsad's BenchmarkDotNet suite. Run all: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'</c>;
/// one class: <c>--filter '*TextLayer*'</c>. Benchmarks that read ../shared/data say so when it is absent.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
