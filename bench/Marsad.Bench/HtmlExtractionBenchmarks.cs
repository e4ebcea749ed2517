using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Marsad.Ingest.Html;

namespace Marsad.Bench;

/// <summary>
/// Main-content extraction per page against AngleSharp's parse alone, on the four Arabic pages of
/// ../shared/data/html/arabic (or the repository's Arabic test fixture when the data is absent).
/// The side-by-side comparison with SmartReader and Mozilla Readability is bench/html/run.sh.
/// Run: <c>dotnet run -c Release --project bench/Marsad.Bench -- --filter '*HtmlExtraction*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private string[] _pages = [];
    private readonly HtmlParser _parser = new();
    private readonly HtmlArticleExtractor _extractor = new();

    [GlobalSetup]
    public void Load()
    {
        var root = RepoRoot();
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        var arabic = Path.Combine(!string.IsNullOrEmpty(env) ? env : Path.Combine(root, "..", "shared", "data"), "html", "arabic");
        _pages = Directory.Exists(arabic)
            ? [.. Directory.GetDirectories(arabic).Order(StringComparer.Ordinal).Select(d => File.ReadAllText(Path.Combine(d, "source.html")))]
            : [File.ReadAllText(Path.Combine(root, "tests", "Marsad.Ingest.Tests", "HtmlFixtures", "news-page-ar.html"))];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("cannot find the repository root (Marsad.slnx) above " + AppContext.BaseDirectory);
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        int nodes = 0;
        foreach (var page in _pages)
        {
            using var doc = _parser.ParseDocument(page);
            nodes += doc.ChildNodes.Length;
        }
        return nodes;
    }

    [Benchmark(Description = "Marsad extract (parse + render + main content + metadata)")]
    public int Extract()
    {
        int chars = 0;
        foreach (var page in _pages) chars += _extractor.Extract(page, "p", "p").Text.Length;
        return chars;
    }
}
