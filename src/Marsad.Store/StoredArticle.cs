using Marsad.Extract.Records;

namespace Marsad.Store;

/// <summary>
/// One article as the store keeps it: its content-hash key, where it came from, the pipeline version
/// that produced its record, the record itself and its near-duplicate fingerprint.
/// </summary>
/// <param name="Id">Content-hash key (<see cref="ArticleId"/>).</param>
/// <param name="Record">The document record; its own <c>id</c> stays the source's id (file name, feed id).</param>
/// <param name="PipelineVersion">Pipeline.Version when the record was made; a different version re-processes.</param>
/// <param name="Origin">Where it was read: path, "path:line".</param>
/// <param name="Fingerprint">MinHash signature of the normalised word shingles (Marsad.Corpus.MinHash), or null.</param>
public sealed record StoredArticle(string Id, DocumentRecord Record, string PipelineVersion, string Origin, uint[]? Fingerprint)
{
    public string SourceId => Record.Id;
    public string? Outlet => Record.Outlet;
    public string? Published => Record.Published;
    /// <summary>The headline text where the record has one, else the first line of the text.</summary>
    public string Title => Record.Title?.Text ?? FirstLine(Record.Text);

    private static string FirstLine(string text)
    {
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (nl < 0 ? text : text[..nl]).Trim();
        return line.Length <= 200 ? line : line[..200];
    }
}

/// <summary>
/// Filters shared by search, exports and event queries. Every field is optional; a null field does
/// not filter. Dates are inclusive ISO dates compared as text (YYYY-MM or YYYY-MM-DD prefixes work).
/// </summary>
public sealed record RecordFilter
{
    /// <summary>Knowledge-base actor id (actor1 or actor2 of an event), e.g. <c>actor:isis</c>.</summary>
    public string? Actor { get; init; }
    /// <summary>Knowledge-base place id of an event's location.</summary>
    public string? Place { get; init; }
    /// <summary>PLOVER event type, e.g. ASSAULT.</summary>
    public string? Type { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }

    public static RecordFilter None { get; } = new();

    /// <summary>True when the filter restricts events, not only dates.</summary>
    public bool HasEventFilter => Actor is not null || Place is not null || Type is not null;
}

/// <summary>One event with the article it came from (its whole record, shared by the article's events), as event queries and exports see it.</summary>
public sealed record StoredEvent(string ArticleId, int Ordinal, string? Outlet, string? Published, string? Url, EventRecord Event, DocumentRecord Record)
{
    /// <summary>Stable event id: the article key and the event's position in its record.</summary>
    public string EventId => $"{ArticleId}#{Ordinal}";
    /// <summary>The event's own date, else the article's publication date.</summary>
    public string? EffectiveDate => Event.Date ?? Published;
}

/// <summary>How many rows each table holds.</summary>
public sealed record StoreCounts(long Articles, long Records, long Entities, long Events, long Stories);
