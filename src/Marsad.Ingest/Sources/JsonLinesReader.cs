using System.Text.Json;
using Marsad.Ingest.Encodings;

namespace Marsad.Ingest.Sources;

/// <summary>
/// JSON Lines: one object per line with <c>text</c> and optionally <c>id</c>, <c>title</c>,
/// <c>published</c>, <c>url</c>, <c>outlet</c>, <c>author</c> (other fields, such as a gold record's
/// annotations, are ignored). A bad line is one failure naming "file:line"; the others are read.
/// Lines are decoded one at a time (UTF-8, or a legacy Arabic code page) and the size cap applies to
/// each line, so files of any length stream in flat memory.
/// </summary>
public sealed class JsonLinesReader(SourceOptions options) : IFormatReader
{
    public JsonLinesReader() : this(SourceOptions.Default) { }

    public string Name => "jsonl";

    public bool ReadsRecordStream => true;

    /// <summary>Content: the first non-blank byte (after a UTF-8 BOM) is '{'. Extension: .jsonl or .ndjson when the content is empty.</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        foreach (byte b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }
        return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ReadResult> Read(Stream content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        string fileId = DocumentIds.FromPath(origin);
        int records = 0;
        foreach (var line in ByteLineReader.Lines(content, options.MaxBytes))
        {
            string where = $"{origin}:{line.Number}";
            if (line.TooLong)
            {
                records++;
                yield return new ReadResult.Failed(where, $"record larger than the {InputTooLargeException.Describe(options.MaxBytes)} cap (raise it with --max-bytes)");
                continue;
            }
            var bytes = line.Bytes.AsSpan();
            if (line.Number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r']).IsEmpty) continue;
            records++;
            yield return ReadRecord(bytes, where, $"{fileId}:{line.Number}");
        }
        if (records == 0)
            yield return new ReadResult.Failed(origin, "empty file (no JSON Lines records)");
    }

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 1." to its messages; within one
    // JSON Lines record only the byte position says anything, and it reads better in our words.
    private static string JsonProblem(JsonException e)
    {
        var message = ArticleSources.OneLine(e.Message);
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return e.BytePositionInLine is long at ? $"{message} (at byte {at + 1})" : message;
    }

    private static ReadResult ReadRecord(ReadOnlySpan<byte> bytes, string where, string defaultId)
    {
        var decoded = ArabicTextDecoder.Decode(bytes);
        if (!decoded.Succeeded) return new ReadResult.Failed(where, decoded.Failure!);
        JsonDocument json;
        try { json = JsonDocument.Parse(decoded.Text!); }
        catch (JsonException e) { return new ReadResult.Failed(where, "malformed JSON: " + JsonProblem(e)); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new ReadResult.Failed(where, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return new ReadResult.Failed(where, "no \"text\" string field");
            var text = textElement.GetString()!;
            if (TextContent.Problem(text) is { } problem) return new ReadResult.Failed(where, problem);

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => "\0",
                };
                if (id == "\0") return new ReadResult.Failed(where, "\"id\" must be a string or a number");
            }
            string?[] meta = new string?[5];
            string[] names = ["title", "published", "url", "outlet", "author"];
            for (int i = 0; i < names.Length; i++)
            {
                if (!root.TryGetProperty(names[i], out var e) || e.ValueKind == JsonValueKind.Null) continue;
                // A gold record's "title" is a span object, not a headline string: it names
                // nothing the source gave, so it is left to the cleaner.
                if (e.ValueKind == JsonValueKind.Object && names[i] == "title") continue;
                if (e.ValueKind != JsonValueKind.String)
                    return new ReadResult.Failed(where, $"\"{names[i]}\" must be a string");
                meta[i] = e.GetString();
            }
            DateOnly? published = PublishedDate.TryParse(meta[1], out var d) ? d : null;
            return new ReadResult.Read(new Article(string.IsNullOrWhiteSpace(id) ? defaultId : id, text, where)
            {
                Title = meta[0],
                Published = published,
                Url = meta[2],
                Outlet = meta[3],
                Author = meta[4],
            });
        }
    }
}
