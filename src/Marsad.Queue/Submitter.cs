using Marsad.Ingest;
using Marsad.Store;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Marsad.Queue;

/// <summary>Totals of one submit run.</summary>
public sealed record SubmitResult(long Published, long Duplicates, long Failed);

/// <summary>
/// Publishes articles as read by the readers to the work-queue stream. The message id is the
/// article's content-hash key, so JetStream drops a re-submitted article within its duplicate window,
/// and a worker's store upsert is idempotent on the same key beyond it.
/// </summary>
public sealed class Submitter(WorkQueue queue)
{
    public Action<ReadResult.Failed>? Failure { get; init; }

    public async Task<SubmitResult> SubmitAsync(IEnumerable<ReadResult> source, CancellationToken cancel = default)
    {
        long published = 0, duplicates = 0, failed = 0;
        // Publish acknowledgements are awaited in windows so that many are in flight at once (a
        // round trip per article would cap a submit at a few thousand articles a second).
        const int window = 256;
        var pending = new List<Task<PubAckResponse>>(window);
        async Task Drain()
        {
            foreach (var t in pending)
            {
                var ack = await t.ConfigureAwait(false);
                if (ack.Duplicate) duplicates++;
                else if (ack.Error is not null) throw new QueueUnavailableException($"JetStream refused an article: {ack.Error.Description}", new InvalidOperationException(ack.Error.Description));
                else published++;
            }
            pending.Clear();
        }
        foreach (var item in source)
        {
            cancel.ThrowIfCancellationRequested();
            if (item is ReadResult.Failed f) { failed++; Failure?.Invoke(f); continue; }
            var article = ((ReadResult.Read)item).Article;
            var data = ArticleMessage.From(article).Serialize();
            var msgId = ArticleId.FromText(article.Text);
            pending.Add(queue.JetStream.PublishAsync(queue.Names.ArticlesSubject, data, opts: new NatsJSPubOpts { MsgId = msgId }, cancellationToken: cancel).AsTask());
            if (pending.Count == window) await Drain().ConfigureAwait(false);
        }
        await Drain().ConfigureAwait(false);
        return new SubmitResult(published, duplicates, failed);
    }
}
