using Marsad.Ingest.Encodings;

namespace Marsad.Ingest.Sources;

/// <summary>
/// One plain-text article per input, decoded by <see cref="ArabicTextDecoder"/> and kept exactly as
/// decoded (line breaks and all; the cleaner marks title and body later). The registry's fallback:
/// it takes whatever no other reader recognises and refuses binary junk and empty files with a reason.
/// </summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Name => "text";

    /// <summary>Always true: plain text is the fallback format.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head) => true;

    public IEnumerable<ReadResult> Read(Stream content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer); // bounded by the size cap the caller wraps around the stream
        var decoded = ArabicTextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (!decoded.Succeeded)
        {
            yield return new ReadResult.Failed(origin, decoded.Failure!);
            yield break;
        }
        if (TextContent.Problem(decoded.Text!) is { } problem)
        {
            yield return new ReadResult.Failed(origin, problem);
            yield break;
        }
        yield return new ReadResult.Read(new Article(DocumentIds.FromPath(origin), decoded.Text!, origin));
    }
}
