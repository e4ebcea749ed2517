using System.CommandLine;
using Marsad.Extract.Pipeline;
using Marsad.Ingest.Sources;
using Marsad.Text.Resources;

namespace Marsad.Cli.Commands;

/// <summary>Options that several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Resources() => new("--resources")
    {
        Description = "Extra resource folder(s) laid out like resources/; their files extend the shipped ones",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar or summary on stderr" };

    public static Option<DateOnly?> ReferenceDate() => new("--reference-date")
    {
        Description = "YYYY-MM-DD taken as 'today' for articles without a publication date (default: the current date; use the crawl date for archives)",
    };

    public static Option<double> TimeBudget() => new("--time-budget")
    {
        Description = "Seconds one document may take, reading (HTML, WARC) and processing each counted apart; a document past it is one failure and the batch goes on",
        DefaultValueFactory = _ => SourceOptions.DefaultTimeBudget.TotalSeconds,
    };

    /// <summary>The budget given to --time-budget.</summary>
    /// <exception cref="UsageException">It is not a positive number of seconds.</exception>
    public static TimeSpan TimeBudgetFrom(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--time-budget must be a positive number of seconds, not {seconds}");

    public static ResourceSet ResourceSetFrom(string[]? dirs) => dirs is { Length: > 0 } ? new ResourceSet(dirs) : ResourceSet.Shipped;

    public static PipelineOptions PipelineOptionsFrom(DateOnly? referenceDate, TimeSpan? timeBudget = null) =>
        new() { ReferenceDate = referenceDate, TimeBudget = timeBudget };
}
