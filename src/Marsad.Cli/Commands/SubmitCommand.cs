using System.CommandLine;
using System.Diagnostics;
using Marsad.Ingest.Sources;
using Marsad.Queue;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad submit INPUT… --nats URL</c>: publishes articles to the JetStream work queue.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), or - for stdin; any format extract reads", Arity = ArgumentArity.OneOrMore };
        var nats = ScaleOptions.Nats();
        var queueName = ScaleOptions.Queue();
        var ackWait = ScaleOptions.AckWait();
        var quiet = CommonOptions.Quiet();
        var timeBudget = CommonOptions.TimeBudget();
        var cmd = new Command("submit", "Publish articles to the NATS JetStream work queue for `marsad worker` (re-submits are deduplicated)") { inputs, nats, queueName, ackWait, timeBudget, quiet };
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(async () =>
        {
            var clock = Stopwatch.StartNew();
            // submit reads the pages (HTML, WARC) itself, so the reading half of the budget applies here.
            var sourceOptions = new SourceOptions { TimeBudget = CommonOptions.TimeBudgetFrom(parse.GetValue(timeBudget)) };
            try
            {
                await using var queue = await WorkQueue.OpenAsync(parse.GetValue(nats)!, ScaleOptions.QueueOptionsFrom(parse.GetValue(queueName)!, parse.GetValue(ackWait)), cancel).ConfigureAwait(false);
                var submitter = new Submitter(queue) { Failure = f => Console.Error.WriteLine($"marsad: {f.Origin}: {f.Reason}") };
                var r = await submitter.SubmitAsync(ArticleSources.Open(parse.GetValue(inputs)!, sourceOptions), cancel).ConfigureAwait(false);
                if (!parse.GetValue(quiet))
                    Console.Error.WriteLine($"{r.Published} published, {r.Duplicates} duplicates dropped, {r.Failed} failures, {clock.Elapsed.TotalSeconds:0.00} s");
                return r.Published + r.Duplicates == 0 && r.Failed > 0 ? 1 : 0;
            }
            catch (QueueUnavailableException e)
            {
                Console.Error.WriteLine($"marsad submit: {e.Message}");
                return 3;
            }
        }));
        return cmd;
    }
}
