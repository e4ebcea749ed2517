namespace Marsad.Ingest.Sources;

/// <summary>
/// Reads one container format (plain text, JSON Lines, HTML, RSS/Atom, WARC…) into articles.
/// <see cref="ArticleSources"/> picks the reader by content first and extension second.
/// </summary>
public interface IFormatReader
{
    /// <summary>Short name for messages and <c>--format</c> ("text", "jsonl", "html", "rss", "warc").</summary>
    string Name { get; }

    /// <summary>
    /// True when this reader recognises the content. <paramref name="head"/> holds the first bytes
    /// (at most 4 KiB, already gunzipped); <paramref name="path"/> may be "-" for stdin.
    /// </summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>
    /// Every article in the stream, or a failure per bad record; never throws for bad content.
    /// <paramref name="origin"/> names the file for messages and ids.
    /// </summary>
    IEnumerable<ReadResult> Read(Stream content, string origin);
}
