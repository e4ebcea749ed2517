using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using Marsad.Extract.Pipeline;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Store;
using Marsad.Store.Ingestion;
using Marsad.Store.Search;
using Marsad.Store.Sqlite;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad ingest INPUT… [--db marsad.db] [--reprocess]</c>: articles through the pipeline into
/// the store, then the search index and the stories brought up to date.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), or - for stdin; none with --rebuild-index", Arity = ArgumentArity.ZeroOrMore };
        var db = StoreOptions.Database();
        var reprocess = new Option<bool>("--reprocess") { Description = "Process again articles already stored by this pipeline version" };
        var workers = new Option<int>("--workers") { Description = "Pipeline threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var rebuildIndex = new Option<bool>("--rebuild-index") { Description = "Rebuild the search index from the whole store" };
        var noStories = new Option<bool>("--no-stories") { Description = "Skip recomputing stories after the ingest" };
        var resources = CommonOptions.Resources();
        var quiet = CommonOptions.Quiet();
        var referenceDate = CommonOptions.ReferenceDate();
        var timeBudget = CommonOptions.TimeBudget();
        var cmd = new Command("ingest", "Process articles into the store (SQLite), index them for search and cluster stories")
        {
            inputs, db, reprocess, workers, rebuildIndex, noStories, timeBudget, resources, referenceDate, quiet,
        };
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(() => RunAsync(parse.GetValue(inputs)!, parse.GetValue(db)!, parse.GetValue(reprocess),
            parse.GetValue(workers), parse.GetValue(rebuildIndex), parse.GetValue(noStories),
            parse.GetValue(timeBudget), parse.GetValue(resources), parse.GetValue(referenceDate), parse.GetValue(quiet), cancel)));
        return cmd;
    }

    private static async Task<int> RunAsync(string[] inputs, string dbPath, bool reprocess, int workers, bool rebuildIndex, bool noStories,
        double timeBudgetSeconds, string[]? resourceDirs, DateOnly? referenceDate, bool quiet, CancellationToken cancel)
    {
        if (inputs.Length == 0 && !rebuildIndex) throw new UsageException("ingest needs at least one input (file, folder or -), or --rebuild-index alone to rebuild the search index");
        var timeBudget = CommonOptions.TimeBudgetFrom(timeBudgetSeconds);
        var sourceOptions = new SourceOptions { TimeBudget = timeBudget };
        var resources = CommonOptions.ResourceSetFrom(resourceDirs);
        var pipeline = new Pipeline(resources, CommonOptions.PipelineOptionsFrom(referenceDate, timeBudget));
        await using var store = await SqliteRecordStore.OpenAsync(dbPath, cancel);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var ingestor = new Ingestor(pipeline, store, new IngestOptions { Reprocess = reprocess, Workers = workers })
        {
            Failure = f => { lock (failures) { if (failures.Count < 20) failures.Add($"{f.Origin}: {f.Reason}"); } },
        };
        bool bar = !quiet && !Console.IsErrorRedirected;
        IngestProgress result;
        if (bar)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            result = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("reading", autoStart: true, maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    // Counting runs beside the ingest and only feeds the ETA; it never delays the work.
                    _ = Task.Run(() =>
                    {
                        long total = InputEstimate.Count(inputs);
                        if (total > 0) { task.MaxValue = total; task.IsIndeterminate = false; }
                    }, cancel);
                    ingestor.Progress = p =>
                    {
                        task.Value = p.Stored + p.Skipped + p.Failed;
                        task.Description = $"{p.Stored} stored, {p.Skipped} skipped, {p.Failed} failed, {(p.Stored + p.Skipped) / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0} docs/s";
                    };
                    var r = await ingestor.RunAsync(ArticleSources.Open(inputs, sourceOptions), cancel);
                    task.Value = task.MaxValue == double.MaxValue ? r.Read : task.MaxValue;
                    task.StopTask();
                    return r;
                });
        }
        else
        {
            result = await ingestor.RunAsync(ArticleSources.Open(inputs, sourceOptions), cancel);
        }
        double ingestSeconds = clock.Elapsed.TotalSeconds;
        foreach (var f in failures) Console.Error.WriteLine($"marsad: {f}");
        await store.CheckpointAsync(cancel);

        var indexClock = Stopwatch.StartNew();
        long indexed = await SearchIndex.UpdateAsync(store, SearchIndex.PathFor(dbPath), rebuildIndex, cancel: cancel);
        double indexSeconds = indexClock.Elapsed.TotalSeconds;

        int stories = -1;
        double storySeconds = 0;
        if (!noStories && (result.Stored > 0 || indexed > 0))
        {
            var storyClock = Stopwatch.StartNew();
            stories = await StoryBuilder.RebuildAsync(store, resources, cancel);
            storySeconds = storyClock.Elapsed.TotalSeconds;
        }
        if (!quiet)
        {
            Console.Error.WriteLine($"{result.Read} read, {result.Stored} stored, {result.Skipped} already stored, {result.Failed} failed; " +
                $"{ingestSeconds:0.0} s, {result.Stored / Math.Max(ingestSeconds, 1e-9):0} docs/s; {indexed} indexed in {indexSeconds:0.0} s" +
                (stories >= 0 ? $"; {stories} stories in {storySeconds:0.0} s" : "") + $" → {Path.GetFullPath(dbPath)}");
        }
        return result.Read == 0 && result.Failed > 0 ? 1 : 0;
    }
}

/// <summary>A cheap estimate of how many articles the inputs hold, for the progress bar's ETA only.</summary>
internal static class InputEstimate
{
    /// <summary>Files count one each; JSON Lines (optionally gzipped) count their lines; stdin is unknown (0).</summary>
    public static long Count(string[] inputs)
    {
        long n = 0;
        foreach (var input in inputs)
        {
            if (input == "-") return 0;
            if (Directory.Exists(input)) n += Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).LongCount();
            else if (File.Exists(input)) n += CountFile(input);
        }
        return n;
    }

    private static long CountFile(string path)
    {
        bool gz = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        string inner = gz ? path[..^3] : path;
        if (!inner.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !inner.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)) return 1;
        using Stream file = File.OpenRead(path);
        using Stream s = gz ? new GZipStream(file, CompressionMode.Decompress) : file;
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = s.Read(buffer, 0, buffer.Length)) > 0) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }
}
