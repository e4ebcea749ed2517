using System.IO.Compression;
using Marsad.Ingest.Html;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Formats;

/// <summary>
/// WARC web archives (.warc, .warc.gz): every HTML response record (HTTP 2xx, text/html) — and every
/// text/html resource record — is one article, its URL the record's WARC-Target-URI. The page's own
/// publication date is used; when it has none, the capture date (WARC-Date) stands in, since a crawled
/// news page is published no later than it is captured. The HTTP header's charset is respected.
/// Requests, metadata, redirects and non-HTML responses are skipped silently; a broken record yields
/// one failure naming "file#record" and the reason, and reading goes on with the next record.
/// </summary>
public sealed class WarcReader(HtmlReadOptions? options = null, HtmlHeuristics? heuristics = null) : IFormatReader
{
    private readonly HtmlReadOptions _options = options ?? HtmlReadOptions.Default;
    private readonly HtmlHeuristics? _heuristics = heuristics;

    public string Name => "warc";

    /// <summary>Many articles per input: the size cap applies per record.</summary>
    public bool ReadsRecordStream => true;

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        // The head is already gunzipped; a gzipped head here means a .warc.gz opened without that step.
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B) return MarkupSniffer.HasExtension(path, ".warc");
        return head.StartsWith("WARC/1."u8);
    }

    public IEnumerable<ReadResult> Read(Stream content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        var input = Gunzipped(content);
        var extractor = new HtmlArticleExtractor(_heuristics, _options);
        var warc = new WarcStream(input, _options.MaxPageBytes + 64 * 1024, Wanted);
        var stem = HtmlReader.IdOf(origin);
        foreach (var item in warc.Items())
        {
            var recordOrigin = $"{origin}#{item.Number}";
            switch (item)
            {
                case WarcItem.Broken broken:
                    yield return new ReadResult.Failed(recordOrigin, broken.Reason);
                    break;
                case WarcItem.Record { Value: var record }:
                    if (ToArticle(extractor, record, recordOrigin, stem) is { } result) yield return result;
                    break;
            }
        }
    }

    /// <summary>Response records (and resource records holding HTML) are read; everything else is skipped unread.</summary>
    private static bool Wanted(IReadOnlyDictionary<string, string> fields)
    {
        fields.TryGetValue("WARC-Type", out var type);
        fields.TryGetValue("Content-Type", out var contentType);
        return type switch
        {
            "response" => contentType is null || contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase),
            "resource" => contentType is not null && (contentType.Contains("text/html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xhtml", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static ReadResult? ToArticle(HtmlArticleExtractor extractor, WarcRecord record, string origin, string stem)
    {
        var url = record["WARC-Target-URI"]?.Trim('<', '>');
        var captured = DateValues.Parse(record["WARC-Date"]);
        var id = $"{stem}#{record.Number}";
        if (record["WARC-Type"] == "resource")
            return HtmlRecord.Extract(extractor, record.Block, id, origin, Charset(record["Content-Type"]), url, captured);
        var response = HttpResponse.Parse(record.Block, out var problem);
        if (response is null) return new ReadResult.Failed(origin, problem!);
        // Redirects, errors and not-modified answers carry no article; images, scripts and CSS neither.
        if (response.Status is < 200 or >= 300 || !response.IsHtml) return null;
        return HtmlRecord.Extract(extractor, response.Body, id, origin, response.Charset, url, captured);
    }

    private static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        int i = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : contentType[(i + 8)..].Split(';')[0].Trim().Trim('"', '\'');
    }

    /// <summary>The stream itself, or a gunzipping view when it still starts with the gzip magic.</summary>
    private static Stream Gunzipped(Stream content)
    {
        var peek = new PeekStream(content);
        Span<byte> magic = stackalloc byte[2];
        int n = peek.Peek(magic);
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(peek, CompressionMode.Decompress) : peek;
    }

    /// <summary>A read-only stream that can look at its first bytes and give them back.</summary>
    private sealed class PeekStream(Stream inner) : Stream
    {
        private byte[] _head = [];
        private int _headPos;

        public int Peek(Span<byte> into)
        {
            var tmp = new byte[into.Length];
            int n = inner.ReadAtLeast(tmp, tmp.Length, throwOnEndOfStream: false);
            _head = tmp[..n];
            _head.AsSpan().CopyTo(into);
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_headPos < _head.Length)
            {
                int n = Math.Min(count, _head.Length - _headPos);
                Array.Copy(_head, _headPos, buffer, offset, n);
                _headPos += n;
                return n;
            }
            return inner.Read(buffer, offset, count);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
