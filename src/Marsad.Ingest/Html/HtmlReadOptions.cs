namespace Marsad.Ingest.Html;

/// <summary>Limits that keep one pathological page from stalling or exhausting a batch.</summary>
public sealed record HtmlReadOptions
{
    /// <summary>Wall-clock time one document may take from bytes to article; past it the document fails with "time budget exceeded" (the CLI's --time-budget sets it).</summary>
    public TimeSpan TimeBudget { get; init; } = Sources.SourceOptions.DefaultTimeBudget;

    /// <summary>Largest page read, in bytes; a larger one fails naming the limit (real article pages are under 5 MB).</summary>
    public long MaxPageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The clock the budget is measured on; tests substitute one they control.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public static HtmlReadOptions Default { get; } = new();
}
