namespace Marsad.Ingest;

/// <summary>
/// The end of one document's time budget, polled by the loops that work on the document (HTML
/// rendering, pipeline stages). Polling rather than a timer keeps the check on the caller's thread
/// and lets tests drive time with their own <see cref="TimeProvider"/>. The default value never
/// passes (no budget).
/// </summary>
public readonly struct DocumentDeadline
{
    private readonly TimeProvider? _clock;
    private readonly long _start;

    private DocumentDeadline(TimeProvider clock, TimeSpan budget)
    {
        _clock = clock;
        _start = clock.GetTimestamp();
        Budget = budget;
    }

    /// <summary>A deadline that never passes.</summary>
    public static DocumentDeadline None => default;

    /// <summary>Starts <paramref name="budget"/> now on <paramref name="clock"/>; a null budget never passes.</summary>
    public static DocumentDeadline Start(TimeSpan? budget, TimeProvider? clock = null) =>
        budget is TimeSpan b ? new DocumentDeadline(clock ?? TimeProvider.System, b) : default;

    /// <summary>The budget this deadline ends; zero for <see cref="None"/>.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Time left before the deadline (may be negative); <see cref="TimeSpan.MaxValue"/> without a budget.</summary>
    public TimeSpan Remaining => _clock is null ? TimeSpan.MaxValue : Budget - _clock.GetElapsedTime(_start);

    public bool HasPassed => Remaining <= TimeSpan.Zero;

    /// <exception cref="TimeBudgetExceededException">When the budget is spent.</exception>
    public void ThrowIfPassed(string? during = null)
    {
        if (HasPassed) throw new TimeBudgetExceededException(Budget, during);
    }
}

/// <summary>Thrown when a document exceeds its time budget; readers and the pipeline's callers turn it into one failure naming the document.</summary>
public sealed class TimeBudgetExceededException(TimeSpan budget, string? during = null)
    : Exception(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"time budget exceeded{(during is null ? "" : " during " + during)} ({budget.TotalSeconds:0.###} s per document; raise it with --time-budget SECONDS)"))
{
    public TimeSpan Budget { get; } = budget;
}
