namespace Marsad.Queue;

/// <summary>
/// The JetStream names Marsad uses. One work-queue stream holds articles waiting to be processed
/// (each message removed once a worker acknowledges it); a second, ordinary stream keeps dead
/// letters for people to read; a key-value bucket holds each worker's heartbeat and counters.
/// </summary>
public sealed record QueueNames(string Prefix = "MARSAD")
{
    public string ArticlesStream => $"{Prefix}_ARTICLES";
    public string ArticlesSubject => $"{Prefix.ToLowerInvariant()}.articles";
    public string DeadStream => $"{Prefix}_DEAD";
    public string DeadSubject => $"{Prefix.ToLowerInvariant()}.dead";
    public string Consumer => $"{Prefix.ToLowerInvariant()}-workers";
    public string WorkersBucket => $"{Prefix.ToLowerInvariant()}_workers";
}
