using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Text.Resources;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad extract INPUT… [-o FILE]</c>: one document record per article, as JSON Lines, in input
/// order. Documents are processed on every core; reading, processing and writing stream, so memory
/// stays flat however large the input. Exit codes: 0 when at least one document was processed or
/// there was nothing to do, 1 when nothing could be processed, 2 for usage errors.
/// </summary>
internal static class ExtractCommand
{
    public const int ExitOk = 0;
    public const int ExitNothingProcessed = 1;
    public const int ExitUsage = 2;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (recursive), or - for stdin: plain text, HTML pages, RSS/Atom feeds, WARC archives, JSON Lines; any of them gzipped; windows-1256, ISO-8859-6 and UTF-16 detected", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write JSON Lines here instead of stdout" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Largest document accepted, in bytes (a whole file, or one JSON Lines record)",
            DefaultValueFactory = _ => SourceOptions.DefaultMaxBytes,
        };
        var resources = CommonOptions.Resources();
        var quiet = CommonOptions.Quiet();
        var referenceDate = CommonOptions.ReferenceDate();
        var timeBudget = CommonOptions.TimeBudget();
        var cmd = new Command("extract", "Extract document records (layout, entities, times, events) from articles") { inputs, output, maxBytes, timeBudget, resources, referenceDate, quiet };
        cmd.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(maxBytes), parse.GetValue(timeBudget), parse.GetValue(resources), parse.GetValue(referenceDate), parse.GetValue(quiet)));
        return cmd;
    }

    private static int Run(string[] inputs, string? output, long maxBytes, double timeBudgetSeconds, string[]? resourceDirs, DateOnly? referenceDate, bool quiet)
    {
        if (maxBytes <= 0) return Usage($"--max-bytes must be a positive number of bytes, not {maxBytes}");
        TimeSpan timeBudget;
        try { timeBudget = CommonOptions.TimeBudgetFrom(timeBudgetSeconds); }
        catch (UsageException e) { return Usage(e.Message); }
        ResourceSet resources;
        try { resources = CommonOptions.ResourceSetFrom(resourceDirs); }
        catch (DirectoryNotFoundException e) { return Usage(e.Message); }

        Stream sink;
        try { sink = output is null ? Console.OpenStandardOutput() : File.Create(output); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage($"cannot write {output}: {e.Message}");
        }
        using (sink)
        using (var buffered = new BufferedStream(sink, 1 << 16))
        {
            var pipeline = new Pipeline(resources, CommonOptions.PipelineOptionsFrom(referenceDate, timeBudget));
            var options = new SourceOptions { MaxBytes = maxBytes, TimeBudget = timeBudget };
            var run = new ExtractRun(pipeline, ArticleSources.Open(inputs, options), buffered, quiet);
            var summary = run.Execute();
            buffered.Flush();
            if (!quiet)
                Console.Error.WriteLine(summary.ToString());
            return summary.Documents == 0 && summary.Failures > 0 ? ExitNothingProcessed : ExitOk;
        }
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"marsad extract: {message}");
        return ExitUsage;
    }
}

/// <summary>What a run did, for the final summary line on stderr.</summary>
internal readonly record struct ExtractSummary(int Documents, int Failures, TimeSpan Elapsed)
{
    public override string ToString()
    {
        double s = Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture, $"{Documents} documents, {Failures} failures, {s:0.00} s, {Documents / Math.Max(s, 1e-9):0} docs/s");
    }
}

/// <summary>
/// One extraction run: a reader thread pulls results from the sources, workers on every core run
/// the pipeline and serialise records, and the calling thread writes them in input order. At most
/// <see cref="Window"/> documents are in flight at once (read but not yet written), which keeps
/// memory flat and the output ordered even when one document is slow.
/// </summary>
internal sealed class ExtractRun(Pipeline pipeline, IEnumerable<ReadResult> sources, Stream sink, bool quiet)
{
    private readonly int _workers = Math.Max(1, Environment.ProcessorCount);
    private int Window => _workers * 16;

    // A finished item: the record's JSON line, or the failure line for stderr.
    private readonly record struct Outcome(byte[]? Json, string? Failure);

    private readonly object _gate = new();
    private Outcome?[] _ring = [];
    private long _produced = -1; // total items once the reader has finished, -1 before
    private Exception? _readerError;
    private int _documents, _failures;

    public ExtractSummary Execute()
    {
        var clock = Stopwatch.StartNew();
        _ring = new Outcome?[Window];
        var window = new SemaphoreSlim(Window, Window);
        var work = Channel.CreateUnbounded<(long Seq, ReadResult Item)>(new UnboundedChannelOptions { SingleWriter = true });
        var reader = Task.Run(() => ReadAll(work.Writer, window));
        var workers = new Task[_workers];
        for (int i = 0; i < workers.Length; i++)
            workers[i] = Task.Run(() => ProcessAll(work.Reader));

        bool progress = !quiet && !Console.IsErrorRedirected;
        long next = 0;
        IAnsiConsole? console = null;
        // The progress bar appears only for runs that last over a second; short runs print nothing but the summary.
        next = WriteInOrder(next, window, () => !progress || clock.Elapsed < TimeSpan.FromSeconds(1), null);
        if (progress && !Finished(next))
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("extracting").IsIndeterminate();
                    next = WriteInOrder(next, window, () => true, () =>
                    {
                        double s = clock.Elapsed.TotalSeconds;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{_documents} documents, {_failures} failures, {_documents / Math.Max(s, 1e-9):0} docs/s");
                    }, console);
                });
        }
        Task.WaitAll([reader, .. workers]);
        if (_readerError is not null) throw new InvalidOperationException("reading the inputs failed: " + _readerError.Message, _readerError);
        return new ExtractSummary(_documents, _failures, clock.Elapsed);
    }

    private bool Finished(long next)
    {
        lock (_gate) return _produced >= 0 && next >= _produced;
    }

    /// <summary>Writes finished items in sequence while <paramref name="keepGoing"/> holds or until everything is written.</summary>
    private long WriteInOrder(long next, SemaphoreSlim window, Func<bool> keepGoing, Action? tick, IAnsiConsole? console = null)
    {
        var lastTick = Stopwatch.StartNew();
        while (true)
        {
            Outcome outcome;
            lock (_gate)
            {
                while (_ring[next % Window] is null && !(_produced >= 0 && next >= _produced))
                {
                    if (!keepGoing()) return next;
                    Monitor.Wait(_gate, 100);
                    if (tick is not null && lastTick.ElapsedMilliseconds >= 200) { tick(); lastTick.Restart(); }
                }
                if (_produced >= 0 && next >= _produced) { tick?.Invoke(); return next; }
                outcome = _ring[next % Window]!.Value;
                _ring[next % Window] = null;
            }
            if (outcome.Json is not null)
            {
                sink.Write(outcome.Json);
                _documents++;
            }
            else if (outcome.Failure is not null)
            {
                if (console is not null) console.WriteLine(outcome.Failure, Style.Plain);
                else Console.Error.WriteLine(outcome.Failure);
                _failures++;
            }
            next++;
            window.Release();
            if (tick is not null && lastTick.ElapsedMilliseconds >= 200) { tick(); lastTick.Restart(); }
        }
    }

    private async Task ReadAll(ChannelWriter<(long, ReadResult)> work, SemaphoreSlim window)
    {
        long seq = 0;
        try
        {
            foreach (var item in sources)
            {
                await window.WaitAsync().ConfigureAwait(false);
                await work.WriteAsync((seq++, item)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug must not hang the writer: it is reported after the documents read so far.
            _readerError = e;
        }
        finally
        {
            work.Complete();
            lock (_gate)
            {
                _produced = seq;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private async Task ProcessAll(ChannelReader<(long Seq, ReadResult Item)> work)
    {
        await foreach (var (seq, item) in work.ReadAllAsync().ConfigureAwait(false))
        {
            var outcome = item switch
            {
                ReadResult.Read r => Process(r.Article),
                ReadResult.Failed f => new Outcome(null, $"marsad: {f.Origin}: {f.Reason.ReplaceLineEndings(" ")}"),
                _ => new Outcome(null, $"marsad: {item.Origin}: unknown read result {item.GetType().Name}"),
            };
            lock (_gate)
            {
                _ring[seq % Window] = outcome;
                Monitor.PulseAll(_gate);
            }
        }
    }

    private Outcome Process(Article article)
    {
        try
        {
            var record = pipeline.Process(article);
            using var buffer = new MemoryStream();
            RecordJson.WriteLine(buffer, record);
            return new Outcome(buffer.ToArray(), null);
        }
        catch (TimeBudgetExceededException e)
        {
            return new Outcome(null, $"marsad: {article.Origin}: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One document that trips a stage is one failure line, never the end of the batch.
            return new Outcome(null, $"marsad: {article.Origin}: internal error in the pipeline ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); please report it with this document");
        }
    }
}
