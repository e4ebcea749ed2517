using System.Globalization;
using System.Text;

namespace Marsad.Ingest.Formats;

/// <summary>One WARC record's header fields and its content block.</summary>
/// <param name="Number">1-based position of the record in the file.</param>
/// <param name="Fields">The WARC header fields, names compared without case.</param>
/// <param name="Block">The content block, exactly Content-Length bytes.</param>
public sealed record WarcRecord(int Number, IReadOnlyDictionary<string, string> Fields, byte[] Block)
{
    public string? this[string name] => Fields.TryGetValue(name, out var v) ? v : null;
}

/// <summary>What the WARC parser met at one position: a record, a record it skipped, or a broken one.</summary>
public abstract record WarcItem(int Number)
{
    public sealed record Record(WarcRecord Value) : WarcItem(Value.Number);
    /// <summary>A record not worth reading (request, metadata, warcinfo, non-HTML, oversized and skipped on purpose).</summary>
    public sealed record Skipped(int N, string? Type) : WarcItem(N);
    /// <summary>A record that could not be parsed; <see cref="Fatal"/> when nothing after it can be read.</summary>
    public sealed record Broken(int N, string Reason, bool Fatal) : WarcItem(N);
}

/// <summary>
/// Parses the WARC 1.0/1.1 container format (ISO 28500) record by record from a stream, in flat memory:
/// a version line, header fields up to a blank line, Content-Length bytes of block, two CRLFs. Blocks of
/// records the caller does not want are skipped without being buffered. A record with a bad header is
/// reported and the parser resynchronises on the next "WARC/" line; a block cut short by the end of the
/// file ends the stream with one report.
/// </summary>
public sealed class WarcStream(Stream stream, long maxBlockBytes, Func<IReadOnlyDictionary<string, string>, bool> wanted)
{
    private const int MaxHeaderLine = 64 * 1024;
    private const int MaxHeaderFields = 512;
    private readonly Stream _stream = stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _pos, _len;
    private bool _eof;
    private int _number;
    private string? _pendingVersionLine;

    public IEnumerable<WarcItem> Items()
    {
        while (true)
        {
            var item = Next();
            if (item is null) yield break;
            yield return item;
            if (item is WarcItem.Broken { Fatal: true }) yield break;
        }
    }

    private WarcItem? Next()
    {
        string? line = _pendingVersionLine;
        _pendingVersionLine = null;
        if (line is null)
        {
            // Records are separated by CRLF CRLF; tolerate any number of blank lines.
            do { line = ReadLine(MaxHeaderLine, out _); } while (line is not null && line.Length == 0);
            if (line is null) return null;
        }
        int number = ++_number;
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            var found = Resync();
            return new WarcItem.Broken(number, $"expected a 'WARC/1.x' version line, found '{Shorten(line)}'" + (found ? "; skipped to the next record" : ""), Fatal: !found);
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            var header = ReadLine(MaxHeaderLine, out bool tooLong);
            if (header is null) return new WarcItem.Broken(number, "file ends inside the record's header", Fatal: true);
            if (tooLong)
            {
                var found = Resync();
                return new WarcItem.Broken(number, $"a header line is longer than {MaxHeaderLine} bytes", Fatal: !found);
            }
            if (header.Length == 0) break;
            if (header[0] is ' ' or '\t' && last is not null)
            {
                fields[last] += " " + header.Trim(); // folded continuation line
                continue;
            }
            int colon = header.IndexOf(':');
            if (colon <= 0)
            {
                var found = Resync();
                return new WarcItem.Broken(number, $"header line without a field name: '{Shorten(header)}'", Fatal: !found);
            }
            if (fields.Count >= MaxHeaderFields)
            {
                var found = Resync();
                return new WarcItem.Broken(number, $"more than {MaxHeaderFields} header fields", Fatal: !found);
            }
            last = header[..colon].Trim();
            fields[last] = header[(colon + 1)..].Trim();
        }
        if (!fields.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            var found = Resync();
            return new WarcItem.Broken(number, lengthText is null ? "no Content-Length field" : $"Content-Length '{Shorten(lengthText)}' is not a number", Fatal: !found);
        }
        fields.TryGetValue("WARC-Type", out var type);
        if (!wanted(fields))
        {
            long skipped = Skip(length);
            return skipped < length
                ? new WarcItem.Broken(number, $"file ends inside the record: Content-Length is {length}, only {skipped} bytes follow", Fatal: true)
                : new WarcItem.Skipped(number, type);
        }
        if (length > maxBlockBytes)
        {
            long skipped = Skip(length);
            return new WarcItem.Broken(number, $"record is {length / 1048576.0:0.0} MB, over the {maxBlockBytes / 1048576.0:0.#} MB limit; skipped", Fatal: skipped < length);
        }
        var block = new byte[length];
        int got = ReadBlock(block);
        if (got < length)
            return new WarcItem.Broken(number, $"file ends inside the record: Content-Length is {length}, only {got} bytes follow", Fatal: true);
        return new WarcItem.Record(new WarcRecord(number, fields, block));
    }

    /// <summary>Reads lines until one starts with "WARC/"; true when found (it is parsed next).</summary>
    private bool Resync()
    {
        while (true)
        {
            var line = ReadLine(MaxHeaderLine, out _);
            if (line is null) return false;
            if (line.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                _pendingVersionLine = line;
                return true;
            }
        }
    }

    private bool Fill()
    {
        if (_eof) return false;
        if (_pos > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
        }
        int n = _stream.Read(_buffer, _len, _buffer.Length - _len);
        if (n <= 0) { _eof = true; return false; }
        _len += n;
        return true;
    }

    /// <summary>
    /// One line without its CR LF (Latin-1: header fields are ASCII), or null at the end of the stream.
    /// A line longer than <paramref name="max"/> is consumed and returned cut, with <paramref name="tooLong"/> set.
    /// </summary>
    private string? ReadLine(int max, out bool tooLong)
    {
        tooLong = false;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _len && !Fill()) return sb.Length > 0 || tooLong ? Finish(sb) : null;
            int nl = Array.IndexOf(_buffer, (byte)'\n', _pos, _len - _pos);
            int end = nl < 0 ? _len : nl;
            int take = Math.Min(end - _pos, Math.Max(0, max - sb.Length));
            if (take > 0) sb.Append(Encoding.Latin1.GetString(_buffer, _pos, take));
            if (end - _pos > take) tooLong = true;
            _pos = end;
            if (nl >= 0)
            {
                _pos = nl + 1;
                return Finish(sb);
            }
        }

        static string Finish(StringBuilder sb)
        {
            if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
            return sb.ToString();
        }
    }

    private int ReadBlock(byte[] block)
    {
        int got = 0;
        while (got < block.Length)
        {
            if (_pos >= _len && !Fill()) break;
            int n = Math.Min(_len - _pos, block.Length - got);
            Array.Copy(_buffer, _pos, block, got, n);
            _pos += n;
            got += n;
        }
        return got;
    }

    private long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_pos >= _len && !Fill()) break;
            int n = (int)Math.Min(_len - _pos, count - skipped);
            _pos += n;
            skipped += n;
        }
        return skipped;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
