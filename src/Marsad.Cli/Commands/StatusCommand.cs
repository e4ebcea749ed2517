using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Queue;
using Marsad.Store;
using Marsad.Store.Postgres;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad status --nats URL [--pg CONN] [--json]</c>: queue depth, in-flight, dead letters, workers, store counts.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var nats = ScaleOptions.Nats();
        var queueName = ScaleOptions.Queue();
        var pg = ScaleOptions.Pg(required: false);
        var json = new Option<bool>("--json") { Description = "Print the status as JSON" };
        var cmd = new Command("status", "Show the work queue (waiting, in flight, dead letters), the workers and the PostgreSQL store") { nats, queueName, pg, json };
        cmd.SetAction(async (parse, cancel) =>
        {
            try
            {
                await using var queue = await WorkQueue.OpenAsync(parse.GetValue(nats)!, ScaleOptions.QueueOptionsFrom(parse.GetValue(queueName)!), cancel).ConfigureAwait(false);
                var snapshot = await QueueStatus.ReadAsync(queue, cancel: cancel).ConfigureAwait(false);
                StoreCounts? counts = null;
                if (parse.GetValue(pg) is string conn)
                {
                    await using var store = await PostgresRecordStore.OpenAsync(conn, cancel).ConfigureAwait(false);
                    counts = await store.CountAsync(cancel).ConfigureAwait(false);
                }
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(new { queue = snapshot, store = counts }, new JsonSerializerOptions { WriteIndented = true }));
                    return 0;
                }
                Print(snapshot, counts);
                return 0;
            }
            catch (Exception e) when (e is QueueUnavailableException or StoreException)
            {
                Console.Error.WriteLine($"marsad status: {e.Message}");
                return 3;
            }
        });
        return cmd;
    }

    private static void Print(QueueSnapshot s, StoreCounts? counts)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        string N(ulong v) => v.ToString("N0", CultureInfo.InvariantCulture);
        console.MarkupLine($"queue: [bold]{N(s.Waiting)}[/] waiting, [bold]{N(s.InFlight)}[/] in flight, [bold]{N(s.DeadLetters)}[/] dead letters");
        if (counts is not null)
            console.MarkupLine($"store: {counts.Articles:N0} articles, {counts.Events:N0} events, {counts.Entities:N0} entities");
        if (s.Workers.Count > 0)
        {
            var t = new Table().AddColumns("worker", "processed", "failed", "dead", "docs/s", "last seen");
            foreach (var w in s.Workers)
                t.AddRow(Markup.Escape(w.Name), w.Processed.ToString("N0", CultureInfo.InvariantCulture), w.Failed.ToString(CultureInfo.InvariantCulture),
                    w.DeadLettered.ToString(CultureInfo.InvariantCulture), w.DocsPerSecond.ToString("0", CultureInfo.InvariantCulture),
                    $"{(DateTimeOffset.UtcNow - w.LastSeen).TotalSeconds:0} s ago");
            console.Write(t);
        }
        foreach (var d in s.RecentDeadLetters)
            console.MarkupLine($"[red]dead[/] #{d.Sequence} {Markup.Escape(d.Origin)} after {Markup.Escape(d.Deliveries)} deliveries: {Markup.Escape(d.Reason)}");
    }
}
