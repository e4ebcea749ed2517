using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>Options of the scale-out commands (submit, worker, status), defined once.</summary>
internal static class ScaleOptions
{
    public static Option<string> Nats() => new("--nats")
    {
        Description = "NATS server URL with JetStream enabled, e.g. nats://127.0.0.1:4222",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MARSAD_NATS") ?? "nats://127.0.0.1:4222",
    };

    public static Option<string> Queue() => new("--queue")
    {
        Description = "Name prefix of the JetStream stream, consumer and bucket, to run separate queues on one server",
        DefaultValueFactory = _ => "MARSAD",
    };

    public static Option<int?> AckWait() => new("--ack-wait")
    {
        Description = "Seconds a worker may hold a message before JetStream redelivers it (default 60); also how soon a dead worker's batch returns",
    };

    public static Marsad.Queue.QueueOptions QueueOptionsFrom(string prefix, int? ackWaitSeconds = null)
    {
        var options = new Marsad.Queue.QueueOptions { Names = new Marsad.Queue.QueueNames(prefix.ToUpperInvariant()) };
        return ackWaitSeconds is int s && s > 0 ? options with { AckWait = TimeSpan.FromSeconds(s) } : options;
    }

    public static Option<string?> Pg(bool required) => new("--pg")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=127.0.0.1;Username=marsad;Database=marsad\" (or MARSAD_PG)",
        Required = required && Environment.GetEnvironmentVariable("MARSAD_PG") is null,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MARSAD_PG"),
    };
}
