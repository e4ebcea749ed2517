using System.CommandLine;
using System.Diagnostics;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Ingest.Sources;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad extract INPUT… [-o FILE]</c>: one document record per article, as JSON Lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), or - for stdin", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines here instead of stdout" };
        var resources = CommonOptions.Resources();
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("extract", "Extract document records (entities, times, events) from articles") { inputs, output, resources, quiet };
        cmd.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), CommonOptions.ResourceSetFrom(parse.GetValue(resources)), parse.GetValue(quiet)));
        return cmd;
    }

    private static int Run(string[] inputs, string? output, Marsad.Text.Resources.ResourceSet resources, bool quiet)
    {
        var pipeline = new Pipeline(resources);
        using var sink = output is null ? Console.OpenStandardOutput() : File.Create(output);
        var clock = Stopwatch.StartNew();
        int ok = 0, failed = 0;
        foreach (var item in ArticleSources.Open(inputs))
        {
            switch (item)
            {
                case ReadResult.Read r:
                    var record = pipeline.Process(r.Article);
                    RecordJson.WriteLine(sink, record);
                    ok++;
                    break;
                case ReadResult.Failed f:
                    Console.Error.WriteLine($"marsad: {f.Origin}: {f.Reason}");
                    failed++;
                    break;
            }
        }
        if (!quiet)
            Console.Error.WriteLine($"{ok} documents, {failed} failures, {clock.Elapsed.TotalSeconds:0.00} s, {ok / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):0} docs/s");
        return ok == 0 && failed > 0 ? 1 : 0;
    }
}
