namespace Marsad.Ingest;

/// <summary>
/// One article as a source read it: the text exactly as decoded (nothing cleaned away) and whatever
/// metadata the source itself carried. Offsets everywhere downstream refer to <see cref="Text"/>.
/// </summary>
/// <param name="Id">Stable id: file name without extension, the feed's id, or a content hash.</param>
/// <param name="Text">The article text exactly as decoded, line breaks kept.</param>
/// <param name="Origin">Where it came from, for messages: a path, "path:line" or "path#record".</param>
public sealed record Article(string Id, string Text, string Origin)
{
    /// <summary>Headline given by the source (a JSONL field, an HTML title), not found in the text.</summary>
    public string? Title { get; init; }
    /// <summary>Publication date given by the source.</summary>
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    /// <summary>Outlet given by the source (JSONL field, og:site_name).</summary>
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    /// <summary>
    /// Title, body and outlet when the reader already knows them (an HTML page's main-content
    /// extraction); null for plain text, which the scraped-text cleaner lays out instead.
    /// </summary>
    public ArticleLayout? Layout { get; init; }
}
