using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Net;

namespace Marsad.Queue;

/// <summary>Settings of the work queue shared by submitters, workers and status.</summary>
public sealed record QueueOptions
{
    public QueueNames Names { get; init; } = new();
    /// <summary>Deliveries before a failing article goes to the dead letters. 3 absorbs a transient store error without letting a poison message loop.</summary>
    public int MaxDeliver { get; init; } = 3;
    /// <summary>How long a worker may hold a batch before JetStream redelivers it; a batch of 64 takes well under a second, so 60 s only fires for a dead worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Window in which JetStream drops a re-submitted article with the same id.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Opens (and on first use creates) Marsad's JetStream objects: the work-queue stream of articles,
/// its durable pull consumer shared by all workers, the dead-letter stream and the workers' bucket.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    private WorkQueue(NatsClient client, INatsJSContext js, INatsKVStore workers, QueueOptions options)
    {
        Client = client;
        JetStream = js;
        Workers = workers;
        Options = options;
    }

    public NatsClient Client { get; }
    public INatsJSContext JetStream { get; }
    public INatsKVStore Workers { get; }
    public QueueOptions Options { get; }
    public QueueNames Names => Options.Names;

    public static async Task<WorkQueue> OpenAsync(string url, QueueOptions? options = null, CancellationToken cancel = default)
    {
        options ??= new QueueOptions();
        var client = new NatsClient(url);
        try
        {
            await client.ConnectAsync().ConfigureAwait(false);
        }
        catch (NATS.Client.Core.NatsException e)
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw new QueueUnavailableException($"cannot connect to NATS at {url}: {e.Message}. Is nats-server running with -js?", e);
        }
        var js = client.CreateJetStreamContext();
        var n = options.Names;
        await js.CreateOrUpdateStreamAsync(new StreamConfig(n.ArticlesStream, [n.ArticlesSubject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = options.DuplicateWindow,
            Description = "Marsad articles waiting for a worker",
        }, cancel).ConfigureAwait(false);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(n.DeadStream, [n.DeadSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            Description = "Marsad articles that failed every delivery, with the reason in headers",
        }, cancel).ConfigureAwait(false);
        await js.CreateOrUpdateConsumerAsync(n.ArticlesStream, new ConsumerConfig(n.Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            MaxDeliver = options.MaxDeliver,
            AckWait = options.AckWait,
            MaxAckPending = 10_000,
        }, cancel).ConfigureAwait(false);
        var kv = client.CreateKeyValueStoreContext();
        var bucket = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(n.WorkersBucket)
        {
            Description = "Marsad worker heartbeats and counters",
            MaxAge = TimeSpan.FromDays(1),
        }, cancel).ConfigureAwait(false);
        return new WorkQueue(client, js, bucket, options);
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}

/// <summary>NATS could not be reached or has no JetStream.</summary>
public sealed class QueueUnavailableException(string message, Exception inner) : Exception(message, inner);
