using System.CommandLine;
using Marsad.Extract.Pipeline;
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

    public static ResourceSet ResourceSetFrom(string[]? dirs) => dirs is { Length: > 0 } ? new ResourceSet(dirs) : ResourceSet.Shipped;

    public static PipelineOptions PipelineOptionsFrom(DateOnly? referenceDate) => new() { ReferenceDate = referenceDate };
}
