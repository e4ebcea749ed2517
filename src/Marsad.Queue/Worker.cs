using System.Diagnostics;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Extract.Pipeline;
using Marsad.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Queue;

/// <summary>How a worker runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Pipeline threads in this worker; the pipeline is CPU-bound, so one per core.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;
    /// <summary>Articles fetched and committed together: one transaction per batch amortises the commit.</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>Stop once the queue is empty and nothing is in flight (batch jobs, tests), instead of waiting for more.</summary>
    public bool ExitWhenEmpty { get; init; }
    /// <summary>Name in status; defaults to host:pid.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}

/// <summary>One worker's counters, kept in the workers bucket for <c>marsad status</c>.</summary>
public sealed record WorkerHeartbeat(string Name, DateTimeOffset Started, DateTimeOffset LastSeen, long Processed, long Failed, long DeadLettered, double DocsPerSecond);

/// <summary>
/// A stateless worker: pulls batches of articles from the work queue, runs the pipeline, upserts the
/// records into the store in one transaction, and acknowledges each message only after that commit —
/// so a worker killed at any point loses nothing (unacknowledged messages are redelivered) and
/// duplicates nothing (the upsert is idempotent on the content-hash key). An article whose processing
/// fails is retried; on its last allowed delivery it goes to the dead-letter stream with the reason.
/// </summary>
public sealed class Worker(WorkQueue queue, Pipeline pipeline, IRecordStore store, WorkerOptions options)
{
    public const string ErrorHeader = "Marsad-Error";
    public const string OriginHeader = "Marsad-Origin";
    public const string DeliveriesHeader = "Marsad-Deliveries";

    public Action<string>? Log { get; init; }

    private long _processed, _failed, _dead;

    public async Task<WorkerHeartbeat> RunAsync(CancellationToken cancel = default)
    {
        var consumer = await queue.JetStream.GetConsumerAsync(queue.Names.ArticlesStream, queue.Names.Consumer, cancel).ConfigureAwait(false);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var batch = new List<INatsJSMsg<byte[]>>(options.BatchSize);
        while (!cancel.IsCancellationRequested)
        {
            batch.Clear();
            try
            {
                await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.BatchSize, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: cancel).ConfigureAwait(false))
                    batch.Add(m);
            }
            catch (OperationCanceledException) { break; }
            if (batch.Count == 0)
            {
                await Beat(started, clock).ConfigureAwait(false);
                if (options.ExitWhenEmpty && await IsDrainedAsync(consumer, cancel).ConfigureAwait(false)) break;
                continue;
            }
            await ProcessBatchAsync(batch, cancel).ConfigureAwait(false);
            await Beat(started, clock).ConfigureAwait(false);
        }
        return await Beat(started, clock).ConfigureAwait(false);
    }

    private static async Task<bool> IsDrainedAsync(INatsJSConsumer consumer, CancellationToken cancel)
    {
        await consumer.RefreshAsync(cancel).ConfigureAwait(false);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    private async Task ProcessBatchAsync(List<INatsJSMsg<byte[]>> batch, CancellationToken cancel)
    {
        var results = new (StoredArticle? Stored, string? Error, string Origin)[batch.Count];
        await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancel }, (i, _) =>
        {
            results[i] = Process(batch[i]);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var good = new List<StoredArticle>(batch.Count);
        foreach (var r in results) if (r.Stored is not null) good.Add(r.Stored);
        try
        {
            if (good.Count > 0) await store.UpsertBatchAsync(good, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store refused the batch (server down, constraint): nothing was committed, so every
            // message goes back for another try; the dead-letter rule still bounds the retries.
            Log?.Invoke($"store write failed, batch of {batch.Count} returned to the queue: {e.Message}");
            for (int i = 0; i < batch.Count; i++)
                await FailAsync(batch[i], $"store write failed: {e.Message}", results[i].Origin, cancel).ConfigureAwait(false);
            return;
        }
        for (int i = 0; i < batch.Count; i++)
        {
            if (results[i].Stored is not null)
            {
                await batch[i].AckAsync(cancellationToken: cancel).ConfigureAwait(false);
                Interlocked.Increment(ref _processed);
            }
            else
            {
                await FailAsync(batch[i], results[i].Error!, results[i].Origin, cancel).ConfigureAwait(false);
            }
        }
    }

    private (StoredArticle? Stored, string? Error, string Origin) Process(INatsJSMsg<byte[]> msg)
    {
        string origin = "?";
        try
        {
            var message = ArticleMessage.Deserialize(msg.Data ?? []);
            origin = message.Origin;
            var article = message.ToArticle();
            var record = pipeline.Process(article);
            var id = ArticleId.FromText(article.Text);
            return (new StoredArticle(id, record, Pipeline.Version, article.Origin, MinHash.Signature(article.Text)), null, origin);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any failure of one article (bad message, a pipeline bug on odd input) is that article's
            // failure: reported with its reason and retried or dead-lettered, never the worker's crash.
            return (null, $"{e.GetType().Name}: {e.Message}", origin);
        }
    }

    private async Task FailAsync(INatsJSMsg<byte[]> msg, string reason, string origin, CancellationToken cancel)
    {
        Interlocked.Increment(ref _failed);
        ulong deliveries = msg.Metadata?.NumDelivered ?? 1;
        if ((long)deliveries < queue.Options.MaxDeliver)
        {
            await msg.NakAsync(new AckOpts { NakDelay = TimeSpan.FromSeconds(1) }, cancel).ConfigureAwait(false);
            return;
        }
        var headers = new NatsHeaders
        {
            [ErrorHeader] = OneLine(reason),
            [OriginHeader] = OneLine(origin),
            [DeliveriesHeader] = deliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var ack = await queue.JetStream.PublishAsync(queue.Names.DeadSubject, msg.Data ?? [], headers: headers, cancellationToken: cancel).ConfigureAwait(false);
        ack.EnsureSuccess();
        await msg.AckTerminateAsync(cancellationToken: cancel).ConfigureAwait(false);
        Interlocked.Increment(ref _dead);
        Log?.Invoke($"dead letter: {origin}: {reason}");
    }

    private static string OneLine(string s)
    {
        var line = s.ReplaceLineEndings(" ");
        return line.Length <= 500 ? line : line[..500];
    }

    private async Task<WorkerHeartbeat> Beat(DateTimeOffset started, Stopwatch clock)
    {
        var beat = new WorkerHeartbeat(options.Name, started, DateTimeOffset.UtcNow, Interlocked.Read(ref _processed), Interlocked.Read(ref _failed),
            Interlocked.Read(ref _dead), Interlocked.Read(ref _processed) / Math.Max(clock.Elapsed.TotalSeconds, 1e-3));
        // KV keys allow only [-/_=.a-zA-Z0-9]; a host name with other characters is folded.
        var key = new string(options.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        await queue.Workers.PutAsync(key, JsonSerializer.SerializeToUtf8Bytes(beat)).ConfigureAwait(false);
        return beat;
    }
}
