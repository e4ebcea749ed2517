namespace Marsad.Ingest.Html;

/// <summary>Limits that keep one pathological page from stalling or exhausting a batch.</summary>
public sealed record HtmlReadOptions
{
    /// <summary>Wall-clock time one document may take from bytes to article; past it the document fails with "time budget exceeded".</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest page read, in bytes; a larger one fails naming the limit (real article pages are under 5 MB).</summary>
    public long MaxPageBytes { get; init; } = 64L * 1024 * 1024;

    public static HtmlReadOptions Default { get; } = new();
}

/// <summary>Thrown when a document exceeds its time budget; the reader turns it into one failure.</summary>
public sealed class TimeBudgetExceededException(TimeSpan budget)
    : Exception($"time budget exceeded ({budget.TotalSeconds:0.#} s per document; raise it with HtmlReadOptions.TimeBudget)");
