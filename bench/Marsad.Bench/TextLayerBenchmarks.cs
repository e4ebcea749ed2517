using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>
/// Throughput of Marsad's text layer against Lucene.NET 4.8's <c>ArabicAnalyzer</c> (standard
/// tokenizer, lower-casing, stop words, Arabic normalisation, light stemming) on the same texts,
/// one thread. Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*TextLayer*' --job short</c>.
/// The extra columns give each side's own token count per operation and tokens per second
/// (Lucene drops punctuation and stop words; Marsad keeps every token), and characters per second,
/// which compares equal work directly.
/// </summary>
[Config(typeof(TextLayerConfig))]
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private string[] _texts = [];
    private Analyzer _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = TextLayerCorpus.Texts;
        Console.WriteLine($"// TextLayer corpus: {TextLayerCorpus.Source}");
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>Lucene's analyser, its TokenStream consumed to the end for every article.</summary>
    [Benchmark(Baseline = true, Description = "Lucene ArabicAnalyzer")]
    public long Lucene() => LuceneTokens(_lucene, _texts);

    /// <summary>Tokens, sentences and the normalised shadow with its offset map: what the pipeline uses.</summary>
    [Benchmark(Description = "Marsad tokens+sentences+shadow")]
    public long MarsadShadow() => MarsadShadowTokens(_texts);

    /// <summary>
    /// Tokens and sentences, then every word normalised and light-stemmed into a reused buffer:
    /// Lucene's per-token work plus sentence splitting.
    /// </summary>
    [Benchmark(Description = "Marsad tokens+sentences+normalise+stem each word")]
    public long MarsadStem() => MarsadStemTokens(_texts);

    internal static long LuceneTokens(Analyzer analyzer, string[] texts)
    {
        long n = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) n += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return n;
    }

    internal static long MarsadShadowTokens(string[] texts)
    {
        long n = 0;
        foreach (var text in texts)
        {
            var analysed = TextAnalyzer.Analyse(text);
            _ = analysed.Shadow; // built on first use: this builds it
            n += analysed.Tokens.Length;
        }
        return n;
    }

    internal static long MarsadStemTokens(string[] texts)
    {
        long n = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (var text in texts)
        {
            var analysed = TextAnalyzer.Analyse(text);
            var tokens = analysed.Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || tokens[i].Length > buffer.Length) continue;
                n += LightStemmer.Stem(analysed.Surface(i), buffer).Length > 0 ? 1 : 0;
            }
        }
        return n;
    }
}

/// <summary>Adds the throughput columns to the default configuration.</summary>
public sealed class TextLayerConfig : ManualConfig
{
    public TextLayerConfig()
    {
        AddColumn(new TextLayerColumn("Tokens/op", TextLayerColumn.Measure.TokensPerOp));
        AddColumn(new TextLayerColumn("Mtokens/s", TextLayerColumn.Measure.TokensPerSecond));
        AddColumn(new TextLayerColumn("Mchars/s", TextLayerColumn.Measure.CharsPerSecond));
    }
}

/// <summary>
/// A throughput column. Token counts are computed once in the host process by running each side
/// over the same corpus; the time per operation comes from the measured mean.
/// </summary>
public sealed class TextLayerColumn(string name, TextLayerColumn.Measure measure) : IColumn
{
    public enum Measure { TokensPerOp, TokensPerSecond, CharsPerSecond }

    private static readonly Lazy<Dictionary<string, long>> Counts = new(() =>
    {
        var texts = TextLayerCorpus.Texts;
        using var lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        return new Dictionary<string, long>
        {
            [nameof(TextLayerBenchmarks.Lucene)] = TextLayerBenchmarks.LuceneTokens(lucene, texts),
            [nameof(TextLayerBenchmarks.MarsadShadow)] = TextLayerBenchmarks.MarsadShadowTokens(texts),
            // Same tokeniser, same tokens: the stemming variant does more work per token, not more tokens.
            [nameof(TextLayerBenchmarks.MarsadStem)] = TextLayerBenchmarks.MarsadShadowTokens(texts),
        };
    });

    private static readonly Lazy<long> Chars = new(() => TextLayerCorpus.Texts.Sum(t => (long)t.Length));

    public string Id => "TextLayer." + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)measure;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => measure switch
    {
        Measure.TokensPerOp => "Tokens each side produces over the corpus (Lucene: terms after stop words; Marsad: every token)",
        Measure.TokensPerSecond => "Millions of that side's tokens per second, one thread",
        _ => "Millions of UTF-16 characters of input per second, one thread",
    };

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (!Counts.Value.TryGetValue(method, out long tokens)) return "-";
        if (measure == Measure.TokensPerOp) return tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null) return "-";
        double seconds = stats.Mean / 1e9;
        double perSecond = (measure == Measure.TokensPerSecond ? tokens : Chars.Value) / seconds / 1e6;
        return perSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
