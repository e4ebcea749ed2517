using BenchmarkDotNet.Attributes;
using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Bench;

/// <summary>
/// The knowledge base's costs: loading every kb/ file, and the alias matcher + linker over analysed
/// articles (the text layer's analysis is done in setup, so only matching and linking are timed).
/// Corpus: the text-layer benchmark's articles (<see cref="TextLayerCorpus"/>), first 500.
/// Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*KnowledgeBase*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBaseBenchmarks
{
    private AnalysedText[] _texts = [];
    private MentionMatcher _matcher = null!;
    private EntityLinker _linker = null!;

    /// <summary>Tokens in the timed articles, to turn a mean time into tokens per second.</summary>
    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBase.Load(ResourceSet.Shipped);
        _matcher = new MentionMatcher(kb);
        _linker = new EntityLinker(kb);
        _texts = [.. TextLayerCorpus.Texts.Take(500).Select(TextAnalyzer.Analyse)];
        Tokens = _texts.Sum(t => t.Tokens.Length);
        Console.WriteLine($"// KnowledgeBaseBenchmarks: {_texts.Length} articles, {Tokens} tokens ({TextLayerCorpus.Source})");
    }

    [Benchmark(Description = "KnowledgeBase.Load (all kb/ files)")]
    public int Load() => KnowledgeBase.Load(ResourceSet.Shipped).Aliases.Count;

    [Benchmark(Description = "MentionMatcher.Find, 500 articles")]
    public int Match()
    {
        int n = 0;
        foreach (var t in _texts) n += _matcher.Find(t).Count;
        return n;
    }

    [Benchmark(Description = "MentionMatcher.Find + EntityLinker.Link, 500 articles")]
    public int MatchAndLink()
    {
        int n = 0;
        foreach (var t in _texts) n += _linker.Link(t.Text, _matcher.Find(t)).Count;
        return n;
    }
}
