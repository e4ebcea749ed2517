using System.Text;
using System.Text.Json;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Marsad.Queue;

/// <summary>One dead letter: which article, why, after how many deliveries.</summary>
public sealed record DeadLetter(ulong Sequence, string Origin, string Reason, string Deliveries);

/// <summary>What <c>marsad status</c> shows of the queue.</summary>
public sealed record QueueSnapshot(ulong Waiting, ulong InFlight, ulong DeadLetters, IReadOnlyList<DeadLetter> RecentDeadLetters, IReadOnlyList<WorkerHeartbeat> Workers);

/// <summary>Reads queue depth, in-flight count, dead letters and worker heartbeats.</summary>
public static class QueueStatus
{
    public static async Task<QueueSnapshot> ReadAsync(WorkQueue queue, int recentDeadLetters = 10, CancellationToken cancel = default)
    {
        var consumer = await queue.JetStream.GetConsumerAsync(queue.Names.ArticlesStream, queue.Names.Consumer, cancel).ConfigureAwait(false);
        var dead = await queue.JetStream.GetStreamAsync(queue.Names.DeadStream, cancellationToken: cancel).ConfigureAwait(false);
        var state = dead.Info.State;
        var recent = new List<DeadLetter>();
        if (state.Messages > 0)
        {
            ulong back = (ulong)Math.Max(0, recentDeadLetters - 1);
            // Unsigned: guard the subtraction so a short stream does not wrap around.
            ulong from = Math.Max(state.FirstSeq, state.LastSeq > back ? state.LastSeq - back : 0);
            for (ulong seq = state.LastSeq; seq >= from && seq > 0; seq--)
            {
                try
                {
                    var m = await dead.GetAsync(new StreamMsgGetRequest { Seq = seq }, cancel).ConfigureAwait(false);
                    var headers = ParseHeaders(m.Message.Hdrs);
                    recent.Add(new DeadLetter(seq, headers.GetValueOrDefault(Worker.OriginHeader, "?"), headers.GetValueOrDefault(Worker.ErrorHeader, "?"), headers.GetValueOrDefault(Worker.DeliveriesHeader, "?")));
                }
                catch (NATS.Client.JetStream.NatsJSApiException)
                {
                    // A gap in the sequence (a purged message) is not an error for a status view.
                }
            }
        }
        var workers = new List<WorkerHeartbeat>();
        await foreach (var key in queue.Workers.GetKeysAsync(cancellationToken: cancel).ConfigureAwait(false))
        {
            var entry = await queue.Workers.GetEntryAsync<byte[]>(key, cancellationToken: cancel).ConfigureAwait(false);
            if (entry.Value is { Length: > 0 } bytes && JsonSerializer.Deserialize<WorkerHeartbeat>(bytes) is { } beat) workers.Add(beat);
        }
        return new QueueSnapshot((ulong)consumer.Info.NumPending, (ulong)consumer.Info.NumAckPending, (ulong)state.Messages, recent, workers.OrderBy(w => w.Name, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Stored JetStream messages carry headers as base64 of the NATS/1.0 header block.</summary>
    private static Dictionary<string, string> ParseHeaders(string? base64)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(base64)) return result;
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        foreach (var line in text.Split("\r\n"))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) result[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return result;
    }
}
