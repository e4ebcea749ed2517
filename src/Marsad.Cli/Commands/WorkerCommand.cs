using System.CommandLine;
using Marsad.Extract.Pipeline;
using Marsad.Queue;
using Marsad.Store;
using Marsad.Store.Postgres;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad worker --nats URL --pg CONN [--concurrency N]</c>: a stateless queue worker.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var nats = ScaleOptions.Nats();
        var queueName = ScaleOptions.Queue();
        var ackWait = ScaleOptions.AckWait();
        var pg = ScaleOptions.Pg(required: true);
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "Pipeline threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per fetch and per transaction", DefaultValueFactory = _ => 64 };
        var exitWhenEmpty = new Option<bool>("--exit-when-empty") { Description = "Stop once the queue is drained (for batch jobs) instead of waiting for more" };
        var name = new Option<string?>("--name") { Description = "Worker name shown by status (default host:pid)" };
        var resources = CommonOptions.Resources();
        var referenceDate = CommonOptions.ReferenceDate();
        var timeBudget = CommonOptions.TimeBudget();
        var cmd = new Command("worker", "Pull articles from the work queue, extract, upsert into PostgreSQL, acknowledge after commit") { nats, queueName, ackWait, pg, concurrency, batch, exitWhenEmpty, name, timeBudget, resources, referenceDate };
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(async () =>
        {
            // Read before anything is opened: a bad value is a usage error, not a half-started worker.
            var budget = CommonOptions.TimeBudgetFrom(parse.GetValue(timeBudget));
            try
            {
                var pipeline = new Pipeline(CommonOptions.ResourceSetFrom(parse.GetValue(resources)), CommonOptions.PipelineOptionsFrom(parse.GetValue(referenceDate), budget));
                await using var store = await PostgresRecordStore.OpenAsync(parse.GetValue(pg)!, cancel).ConfigureAwait(false);
                await using var queue = await WorkQueue.OpenAsync(parse.GetValue(nats)!, ScaleOptions.QueueOptionsFrom(parse.GetValue(queueName)!, parse.GetValue(ackWait)), cancel).ConfigureAwait(false);
                var options = new WorkerOptions
                {
                    Concurrency = Math.Max(1, parse.GetValue(concurrency)),
                    BatchSize = Math.Clamp(parse.GetValue(batch), 1, 1000),
                    ExitWhenEmpty = parse.GetValue(exitWhenEmpty),
                    Name = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}",
                };
                Console.Error.WriteLine($"marsad worker {options.Name}: {options.Concurrency} threads, queue {parse.GetValue(nats)}, store {store.Display}");
                var worker = new Worker(queue, pipeline, store, options) { Log = m => Console.Error.WriteLine($"marsad worker: {m}") };
                var beat = await worker.RunAsync(cancel).ConfigureAwait(false);
                Console.Error.WriteLine($"marsad worker {beat.Name}: {beat.Processed} stored, {beat.Failed} failed attempts, {beat.DeadLettered} dead letters, {beat.DocsPerSecond:0} docs/s");
                return 0;
            }
            catch (Exception e) when (e is QueueUnavailableException or StoreException)
            {
                Console.Error.WriteLine($"marsad worker: {e.Message}");
                return 3;
            }
        }));
        return cmd;
    }
}
