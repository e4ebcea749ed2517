using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Marsad.Extract.Entities;
using Marsad.Extract.Pipeline;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Bench;

/// <summary>
/// Throughput of the named-entity tagger and of the whole entity stage, one thread, over the first
/// <see cref="ArticleCount"/> articles of the text-layer corpus (SaudiNewsNet, or the bundled
/// samples when the shared data is absent), analysed beforehand so only entity work is timed.
/// Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*NerBenchmarks*' --job short</c>.
/// Target (issue 4): tagging ≥ 300,000 tokens/s on one core.
/// </summary>
[Config(typeof(NerConfig))]
[MemoryDiagnoser]
public class NerBenchmarks
{
    public const int ArticleCount = 500;

    private AnalysedText[] _texts = [];
    private DocumentContext[] _docs = [];
    private NerTagger _tagger = null!;
    private EntityRecognizer _recognizer = null!;

    internal static long TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var raw = TextLayerCorpus.Texts.Take(ArticleCount).ToArray();
        Console.WriteLine($"// NER corpus: first {raw.Length} of {TextLayerCorpus.Source}");
        _texts = raw.Select(TextAnalyzer.Analyse).ToArray();
        _docs = raw.Select((t, i) => new DocumentContext(new Article(i.ToString(System.Globalization.CultureInfo.InvariantCulture), t, "bench"), ArticleLayout.WholeText(t), _texts[i])).ToArray();
        TokenCount = _texts.Sum(t => (long)t.Tokens.Length);
        var resources = ResourceSet.Shipped;
        _tagger = NerTagger.Load(resources);
        var kb = EntityResources.KnownNames(resources);
        _recognizer = new EntityRecognizer(_tagger, kb);
    }

    /// <summary>The tagger alone: view building, features, Viterbi, span edges.</summary>
    [Benchmark(Baseline = true, Description = "NerTagger.Tag")]
    public long Tag()
    {
        long n = 0;
        foreach (var t in _texts) n += _tagger.Tag(t).Count;
        return n;
    }

    /// <summary>The entity stage without linking: knowledge-base matching, tagging with known-name features, merge.</summary>
    [Benchmark(Description = "EntityRecognizer (KB match + tag + merge)")]
    public long Recognise()
    {
        long n = 0;
        foreach (var d in _docs) n += _recognizer.Recognise(d).Count;
        return n;
    }

    /// <summary>Loading the shipped model file (target &lt; 1 s).</summary>
    [Benchmark(Description = "NerModelFile.Read (shipped model)")]
    public int LoadModel() => NerModelFile.Read(ResourceSet.Shipped.Required(EntityResources.ModelPath)).KnownWords.Size;
}

/// <summary>Adds a tokens-per-second column (raw text-layer tokens of the benchmark corpus).</summary>
public sealed class NerConfig : ManualConfig
{
    public NerConfig() => AddColumn(new NerTokensPerSecondColumn());
}

public sealed class NerTokensPerSecondColumn : IColumn
{
    public string Id => "Ner.KtokensPerSecond";
    public string ColumnName => "Ktokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Thousands of text-layer tokens tagged per second, one thread";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.WorkloadMethod.Name == nameof(NerBenchmarks.LoadModel)) return "-";
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null) return "-";
        long tokens = TextLayerCorpus.Texts.Take(NerBenchmarks.ArticleCount).Sum(t => (long)Tokenizer.Tokenize(t).Length);
        return (tokens / (stats.Mean / 1e9) / 1e3).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
