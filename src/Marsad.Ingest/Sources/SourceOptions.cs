namespace Marsad.Ingest.Sources;

/// <summary>Limits and choices for reading inputs.</summary>
public sealed record SourceOptions
{
    /// <summary>
    /// Default cap on one document's bytes (50 MB): a news article is a few KB and the largest
    /// real pages a few MB; anything past this is a dump, a video or a mistake, and reading it
    /// would only stall a batch.
    /// </summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Largest document accepted, in bytes: a whole file for single-document formats (plain text,
    /// HTML), one record for record streams (a JSON Lines line, a WARC record).
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// Default wall-clock time a reader may spend turning one page into an article (10 s): a news page
    /// takes milliseconds, the 50 MB pathological page a few seconds on a busy machine.
    /// </summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>Time a reader may spend on one document (HTML pages, WARC records); past it the document is one failure.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    public static SourceOptions Default { get; } = new();
}
