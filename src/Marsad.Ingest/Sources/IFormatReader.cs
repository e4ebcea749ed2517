namespace Marsad.Ingest.Sources;

/// <summary>
/// Reads one container format (plain text, JSON Lines, HTML, RSS/Atom, WARC…) into articles.
/// <see cref="ArticleSources"/> picks the reader by content first and extension second; readers are
/// listed once in <see cref="FormatRegistry"/>.
/// </summary>
public interface IFormatReader
{
    /// <summary>Short name for messages and <c>--format</c> ("text", "jsonl", "html", "rss", "warc").</summary>
    string Name { get; }

    /// <summary>
    /// True when this reader recognises the content. <paramref name="head"/> holds the first bytes
    /// (at most 4 KiB, already gunzipped); <paramref name="path"/> may be "-" for stdin. Decide on
    /// the content first and use the extension only where the content does not settle it.
    /// </summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>
    /// Every article in the stream, or a failure per bad record; never throws for bad content.
    /// <paramref name="origin"/> names the file for messages and ids. An <see cref="IOException"/>
    /// from the stream (unreadable file, truncated gzip, size cap reached) may propagate: the caller
    /// turns it into one failure for the input.
    /// </summary>
    IEnumerable<ReadResult> Read(Stream content, string origin);

    /// <summary>
    /// True when one input holds many articles (JSON Lines, WARC, feeds). The size cap
    /// (<see cref="SourceOptions.MaxBytes"/>) then applies to each record, which the reader
    /// enforces, instead of to the whole input, so a large archive streams in flat memory.
    /// </summary>
    bool ReadsRecordStream => false;
}
