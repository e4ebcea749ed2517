using Marsad.Extract.Pipeline;
using Marsad.Ingest.Sources;
using Marsad.Store.Ingestion;
using Marsad.Store.Sqlite;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;

namespace Marsad.Store.Tests;

public class IngestTests
{
    private static readonly Pipeline Pipeline = new(ResourceSet.Shipped);

    [Fact]
    public async Task Ingesting_the_samples_twice_stores_each_article_once_and_skips_the_second_time()
    {
        var dir = Fixtures.TempDir();
        await using var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        var first = await new Ingestor(Pipeline, store, new IngestOptions()).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        var second = await new Ingestor(Pipeline, store, new IngestOptions()).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        Assert.Equal(new IngestProgress(5, 5, 0, 0), first);
        Assert.Equal(new IngestProgress(5, 0, 5, 0), second);
        Assert.Equal(5, (await store.CountAsync()).Articles);
    }

    [Fact]
    public async Task Reprocess_processes_stored_articles_again_without_duplicating_them()
    {
        var dir = Fixtures.TempDir();
        await using var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        await new Ingestor(Pipeline, store, new IngestOptions()).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        var again = await new Ingestor(Pipeline, store, new IngestOptions { Reprocess = true }).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        Assert.Equal(5, again.Stored);
        Assert.Equal(5, (await store.CountAsync()).Records);
    }

    [Fact]
    public async Task Stored_record_keeps_the_source_id_and_the_pipeline_version()
    {
        var dir = Fixtures.TempDir();
        await using var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        await new Ingestor(Pipeline, store, new IngestOptions { Workers = 1 }).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        var file = Directory.GetFiles(SharedData.Samples("articles"), "*.txt").Order(StringComparer.Ordinal).First();
        var stored = await store.GetAsync(Path.GetFileNameWithoutExtension(file));
        Assert.NotNull(stored);
        Assert.Equal(ArticleId.FromText(File.ReadAllText(file)), stored.Id);
        Assert.Equal(Pipeline.Version, stored.PipelineVersion);
        Assert.Equal(Marsad.Corpus.MinHash.Size, stored.Fingerprint!.Length);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_counted_and_named_not_fatal()
    {
        var dir = Fixtures.TempDir();
        var inputs = Path.Combine(dir, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllText(Path.Combine(inputs, "good.txt"), Fixtures.ProtestText);
        // Binary junk (NUL bytes): no encoding makes an article of it. (Three bytes of invalid UTF-8
        // are not enough: they decode as windows-1256, which the readers rightly accept.)
        File.WriteAllBytes(Path.Combine(inputs, "bad.txt"), [.. Enumerable.Repeat((byte)0, 64), 0xC3, 0x28, 0xFF]);
        await using var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        var failures = new List<string>();
        var result = await new Ingestor(Pipeline, store, new IngestOptions()) { Failure = f => failures.Add(f.Origin) }.RunAsync(ArticleSources.Open([inputs]));
        Assert.Equal(new IngestProgress(1, 1, 0, 1), result);
        Assert.EndsWith("bad.txt", Assert.Single(failures), StringComparison.Ordinal);
    }
}
