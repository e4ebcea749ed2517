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

    public static SourceOptions Default { get; } = new();
}
