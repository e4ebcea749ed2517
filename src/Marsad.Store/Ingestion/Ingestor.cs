using System.Threading.Channels;
using Marsad.Corpus;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;

namespace Marsad.Store.Ingestion;

/// <summary>How an ingest runs.</summary>
public sealed record IngestOptions
{
    /// <summary>Re-process articles already stored with the current pipeline version.</summary>
    public bool Reprocess { get; init; }
    /// <summary>Articles per transaction. 256 keeps a commit under ~50 ms on a laptop disk while amortising the fsync.</summary>
    public int BatchSize { get; init; } = 256;
    /// <summary>Longest time a processed article waits for its commit, so a killed run loses at most this much work.</summary>
    public TimeSpan MaxCommitDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Pipeline workers; the pipeline is CPU-bound and thread-safe.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}

/// <summary>Running totals, reported after every commit and at the end.</summary>
public sealed record IngestProgress(long Read, long Stored, long Skipped, long Failed);

/// <summary>
/// Streams articles through the pipeline into a store: one reader, <see cref="IngestOptions.Workers"/>
/// pipeline workers, one writer, joined by bounded channels so memory stays flat whatever the input
/// size. Articles already stored under the current pipeline version are skipped before processing.
/// </summary>
public sealed class Ingestor(Pipeline pipeline, IRecordStore store, IngestOptions options)
{
    /// <summary>Articles looked up in the store at once to decide what to skip.</summary>
    private const int LookupChunk = 64;

    /// <summary>Called with running totals after each commit (from the writer's thread).</summary>
    public Action<IngestProgress>? Progress { get; set; }

    /// <summary>Called for each item a source could not read or the pipeline gave up on (its time budget), from any thread.</summary>
    public Action<ReadResult.Failed>? Failure { get; init; }

    public async Task<IngestProgress> RunAsync(IEnumerable<ReadResult> source, CancellationToken cancel = default)
    {
        int workers = Math.Max(1, options.Workers);
        var toProcess = Channel.CreateBounded<(string Id, Article Article)>(new BoundedChannelOptions(workers * 8) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<StoredArticle>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        long read = 0, skipped = 0, failed = 0, stored = 0;

        var reader = Task.Run(async () =>
        {
            try
            {
                var chunk = new List<(string, Article)>(LookupChunk);
                foreach (var item in source)
                {
                    cancel.ThrowIfCancellationRequested();
                    switch (item)
                    {
                        case ReadResult.Read r:
                            Interlocked.Increment(ref read);
                            chunk.Add((ArticleId.FromText(r.Article.Text), r.Article));
                            if (chunk.Count == LookupChunk) { skipped += await Forward(chunk).ConfigureAwait(false); chunk.Clear(); }
                            break;
                        case ReadResult.Failed f:
                            Interlocked.Increment(ref failed);
                            Failure?.Invoke(f);
                            break;
                    }
                }
                skipped += await Forward(chunk).ConfigureAwait(false);
                toProcess.Writer.Complete();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                toProcess.Writer.Complete(e);
                throw;
            }
        }, cancel);

        async Task<long> Forward(List<(string Id, Article Article)> chunk)
        {
            if (chunk.Count == 0) return 0;
            long skip = 0;
            var known = options.Reprocess ? null : await store.GetPipelineVersionsAsync(chunk.Select(c => c.Id).ToArray(), cancel).ConfigureAwait(false);
            foreach (var c in chunk)
            {
                if (known is not null && known.TryGetValue(c.Id, out var version) && version == Pipeline.Version) { skip++; continue; }
                await toProcess.Writer.WriteAsync(c, cancel).ConfigureAwait(false);
            }
            return skip;
        }

        var processors = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (id, article) in toProcess.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
            {
                DocumentRecord record;
                try { record = pipeline.Process(article); }
                catch (TimeBudgetExceededException e)
                {
                    // One slow document is one failure, like an unreadable one; the ingest goes on.
                    Interlocked.Increment(ref failed);
                    Failure?.Invoke(new ReadResult.Failed(article.Origin, e.Message));
                    continue;
                }
                var stored = new StoredArticle(id, record, Pipeline.Version, article.Origin, MinHash.Signature(article.Text));
                await toWrite.Writer.WriteAsync(stored, cancel).ConfigureAwait(false);
            }
        }, cancel)).ToArray();

        var closer = Task.Run(async () =>
        {
            try { await Task.WhenAll(processors).ConfigureAwait(false); toWrite.Writer.Complete(); }
            catch (Exception e) { toWrite.Writer.Complete(e); }
        }, cancel);

        var batch = new List<StoredArticle>(options.BatchSize);
        var sinceCommit = System.Diagnostics.Stopwatch.StartNew();
        async Task Commit()
        {
            await store.UpsertBatchAsync(batch, cancel).ConfigureAwait(false);
            stored += batch.Count;
            batch.Clear();
            sinceCommit.Restart();
            Progress?.Invoke(new IngestProgress(Interlocked.Read(ref read), stored, Interlocked.Read(ref skipped), Interlocked.Read(ref failed)));
        }
        while (await toWrite.Reader.WaitToReadAsync(cancel).ConfigureAwait(false))
        {
            while (toWrite.Reader.TryRead(out var a))
            {
                batch.Add(a);
                if (batch.Count >= options.BatchSize) await Commit().ConfigureAwait(false);
            }
            if (batch.Count > 0 && sinceCommit.Elapsed >= options.MaxCommitDelay) await Commit().ConfigureAwait(false);
        }
        if (batch.Count > 0) await Commit().ConfigureAwait(false);
        await reader.ConfigureAwait(false);
        await closer.ConfigureAwait(false);
        await Task.WhenAll(processors).ConfigureAwait(false);
        var final = new IngestProgress(read, stored, skipped, failed);
        Progress?.Invoke(final);
        return final;
    }
}
