using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>
/// The texts the text-layer benchmark runs on: the first <see cref="ArticleCount"/> articles of
/// ../shared/data/corpus/saudinewsnet-2015.jsonl.gz (field <c>text</c>, see data/corpus/README.md),
/// or, when the shared data is absent, the bundled samples/articles with a message saying so.
/// </summary>
public static class TextLayerCorpus
{
    public const int ArticleCount = 5000;

    private static readonly Lazy<(string[] Texts, string Source)> Loaded = new(Load);

    public static string[] Texts => Loaded.Value.Texts;

    /// <summary>Where the texts came from, for the report.</summary>
    public static string Source => Loaded.Value.Source;

    private static (string[], string) Load()
    {
        var root = RepoRoot();
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        var data = !string.IsNullOrEmpty(env) ? env : Path.Combine(root, "..", "shared", "data");
        var corpus = Path.GetFullPath(Path.Combine(data, "corpus", "saudinewsnet-2015.jsonl.gz"));
        if (File.Exists(corpus))
        {
            var texts = new List<string>(ArticleCount);
            using var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress));
            int lineNumber = 0;
            while (texts.Count < ArticleCount && reader.ReadLine() is { } line)
            {
                lineNumber++;
                using var doc = JsonDocument.Parse(line);
                if (!doc.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { Length: > 0 } s)
                    throw new InvalidDataException($"{corpus}:{lineNumber}: no \"text\" field; see data/corpus/README.md for the format");
                texts.Add(s);
            }
            return (texts.ToArray(), $"{texts.Count} articles of {corpus}");
        }
        var samples = Directory.GetFiles(Path.Combine(root, "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"// TextLayer: {corpus} is absent; benchmarking the {samples.Length} bundled sample articles instead (figures are not comparable with the README's).");
        return (samples.Select(File.ReadAllText).ToArray(), $"{samples.Length} bundled sample articles (shared corpus absent)");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"cannot find the repository root (Marsad.slnx) above {AppContext.BaseDirectory}");
    }
}
