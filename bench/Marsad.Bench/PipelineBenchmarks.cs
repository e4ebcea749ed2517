using BenchmarkDotNet.Attributes;
using Marsad.Extract.Pipeline;
using Marsad.Ingest;
using Marsad.Text.Resources;

namespace Marsad.Bench;

/// <summary>
/// What the time and event stages add to the pipeline's time per article (issue 5: at most half):
/// the whole <see cref="Pipeline.Process"/> against the same pipeline with <see cref="PipelineStages.None"/>
/// (cleaning, text layer, entities, linking and geocoding only) and with <see cref="PipelineStages.Times"/>
/// (to tell the two stages' shares apart), one thread, on the same articles —
/// the first <see cref="ArticleCount"/> of the text-layer corpus (the bundled samples when the shared
/// data is absent). Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*PipelineBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    /// <summary>500 articles keep one operation at a few seconds while averaging over many article shapes.</summary>
    public const int ArticleCount = 500;

    private Article[] _articles = [];
    private Pipeline _full = null!;
    private Pipeline _withoutTimesAndEvents = null!;
    private Pipeline _withoutEvents = null!;

    [GlobalSetup]
    public void Setup()
    {
        var texts = TextLayerCorpus.Texts;
        _articles = new Article[Math.Min(ArticleCount, texts.Length)];
        for (int i = 0; i < _articles.Length; i++) _articles[i] = new Article($"a{i}", texts[i], "corpus");
        Console.WriteLine($"// Pipeline corpus: the first {_articles.Length} of {TextLayerCorpus.Source}");
        // A fixed reference date so both pipelines resolve undated years the same way on every run.
        var reference = new DateOnly(2015, 12, 31);
        _full = new Pipeline(ResourceSet.Shipped, new PipelineOptions { ReferenceDate = reference });
        _withoutTimesAndEvents = new Pipeline(ResourceSet.Shipped, new PipelineOptions { ReferenceDate = reference, Stages = PipelineStages.None });
        _withoutEvents = new Pipeline(ResourceSet.Shipped, new PipelineOptions { ReferenceDate = reference, Stages = PipelineStages.Times });
    }

    [Benchmark(Baseline = true, Description = "pipeline without times and events")]
    public long WithoutTimesAndEvents() => Run(_withoutTimesAndEvents);

    [Benchmark(Description = "pipeline without events")]
    public long WithoutEvents() => Run(_withoutEvents);

    [Benchmark(Description = "whole pipeline")]
    public long Whole() => Run(_full);

    /// <summary>The articles and the three pipelines (without times and events, without events, whole), for <see cref="PipelineCpuTime"/>.</summary>
    internal (Article[] Articles, Pipeline[] Pipelines) Workload => (_articles, [_withoutTimesAndEvents, _withoutEvents, _full]);

    private long Run(Pipeline pipeline)
    {
        long n = 0;
        foreach (var a in _articles)
        {
            var record = pipeline.Process(a);
            n += record.Entities.Count + record.Times.Count + (record.Events?.Count ?? 0);
        }
        return n;
    }
}
