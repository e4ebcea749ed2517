using BenchmarkDotNet.Attributes;
using Marsad.Extract.Numbers;
using Marsad.Extract.Times;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Bench;

/// <summary>
/// Cost of the time stage next to the text layer it runs on, one thread, over the text-layer
/// corpus. Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*TimeBenchmarks*' --job short</c>.
/// "analyse" is the text layer alone; "times" runs the time stage over already analysed texts
/// (the added cost per article); "numbers" reads a number at every token (the events stage's use).
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private string[] _texts = [];
    private AnalysedText[] _analysed = [];
    private TimeExtractor _times = null!;
    private ArabicNumbers _numbers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = TextLayerCorpus.Texts;
        Console.WriteLine($"// Time corpus: {TextLayerCorpus.Source}");
        _times = new TimeExtractor(ResourceSet.Shipped, referenceDate: new DateOnly(2026, 1, 1));
        _numbers = ArabicNumbers.Shipped;
        _analysed = Array.ConvertAll(_texts, TextAnalyzer.Analyse);
        // Normalised forms are cached per token on first use: warm them so every run measures the same work.
        foreach (var a in _analysed) for (int i = 0; i < a.Tokens.Length; i++) _ = a.Normalized(i);
    }

    [Benchmark(Baseline = true, Description = "analyse (text layer)")]
    public long Analyse()
    {
        long n = 0;
        foreach (var t in _texts) n += TextAnalyzer.Analyse(t).Tokens.Length;
        return n;
    }

    [Benchmark(Description = "times over analysed texts")]
    public long Times()
    {
        long n = 0;
        foreach (var a in _analysed) n += _times.Extract(a, null).Times.Count;
        return n;
    }

    [Benchmark(Description = "numbers at every token")]
    public long Numbers()
    {
        long n = 0;
        foreach (var a in _analysed)
            for (int i = 0; i < a.Tokens.Length; i++)
                if (_numbers.TryMatch(a, i, out var m)) n += m.Value;
        return n;
    }
}
