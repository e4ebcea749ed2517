using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Ingest.Formats;

/// <summary>An HTTP response as a WARC response record stores it: status, headers and the body bytes.</summary>
public sealed record HttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var v) ? v : null;

    /// <summary>The charset parameter of Content-Type, or null.</summary>
    public string? Charset
    {
        get
        {
            var ct = ContentType;
            if (ct is null) return null;
            foreach (var part in ct.Split(';'))
            {
                var p = part.Trim();
                if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)) return p[8..].Trim().Trim('"', '\'');
            }
            return null;
        }
    }

    public bool IsHtml => ContentType is { } ct
        && (ct.Contains("text/html", StringComparison.OrdinalIgnoreCase) || ct.Contains("application/xhtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Parses a response block. The body is de-chunked and decompressed when the headers say so (crawlers
    /// store the bytes as sent). Null with a reason when the block is not an HTTP response.
    /// </summary>
    public static HttpResponse? Parse(byte[] block, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(block);
        problem = null;
        int headerEnd = IndexOfHeaderEnd(block, out int separator);
        if (headerEnd < 0)
        {
            problem = "HTTP response without a blank line after its headers";
            return null;
        }
        var head = Encoding.Latin1.GetString(block, 0, headerEnd);
        var lines = head.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            problem = $"not an HTTP status line: '{(lines[0].Length > 60 ? lines[0][..60] : lines[0]).TrimEnd('\r')}'";
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < lines.Length; i++)
        {
            var l = lines[i].TrimEnd('\r');
            int colon = l.IndexOf(':');
            if (colon > 0) headers[l[..colon].Trim()] = l[(colon + 1)..].Trim();
        }
        var body = block.AsSpan(headerEnd + separator).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            && Dechunk(body) is { } plain)
            body = plain;
        if (headers.TryGetValue("Content-Encoding", out var ce))
        {
            try
            {
                body = Decompress(body, ce.Trim().ToLowerInvariant());
            }
            catch (InvalidDataException e)
            {
                problem = $"body says Content-Encoding {ce} but does not decompress: {e.Message}";
                return null;
            }
        }
        return new HttpResponse(code, headers, body);
    }

    private static int IndexOfHeaderEnd(byte[] block, out int separator)
    {
        for (int i = 0; i + 1 < block.Length; i++)
        {
            if (block[i] != '\n') continue;
            if (block[i + 1] == '\n') { separator = 2; return i; }
            if (block[i + 1] == '\r' && i + 2 < block.Length && block[i + 2] == '\n') { separator = 3; return i; }
        }
        separator = 0;
        return -1;
    }

    /// <summary>The body of a chunked transfer, or null when it is not validly chunked (some crawlers store it de-chunked).</summary>
    private static byte[]? Dechunk(byte[] body)
    {
        using var output = new MemoryStream(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            int nl = Array.IndexOf(body, (byte)'\n', i);
            if (nl < 0) return null;
            var sizeText = Encoding.Latin1.GetString(body, i, nl - i).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0) return null;
            i = nl + 1;
            if (size == 0) return output.ToArray();
            if (i + size > body.Length) return null;
            output.Write(body, i, size);
            i += size;
            if (i < body.Length && body[i] == '\r') i++;
            if (i < body.Length && body[i] == '\n') i++;
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] body, string encoding)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null, // identity or unknown: keep the bytes as they are
        };
        if (decoder is null) return body;
        using (decoder)
        {
            using var output = new MemoryStream();
            try
            {
                decoder.CopyTo(output);
            }
            catch (IOException e)
            {
                throw new InvalidDataException(e.Message, e);
            }
            return output.ToArray();
        }
    }
}
