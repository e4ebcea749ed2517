namespace Marsad.Ingest.Sources;

/// <summary>An input past the size cap (<see cref="SourceOptions.MaxBytes"/>); the message says how to raise it.</summary>
public sealed class InputTooLargeException(long maxBytes)
    : IOException($"larger than the {Describe(maxBytes)} cap (raise it with --max-bytes)")
{
    public long MaxBytes { get; } = maxBytes;

    internal static string Describe(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes:N0}-byte".Replace(",", "", StringComparison.Ordinal);
}

/// <summary>
/// A read-only view of a stream that fails with <see cref="InputTooLargeException"/> once more than
/// a fixed number of bytes have been read: stdin and gunzipped data have no length to check up
/// front, so the cap is enforced while reading and nothing past it is ever buffered.
/// </summary>
internal sealed class BoundedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than the cap allows so an input of exactly the cap passes.
        long allowed = maxBytes + 1 - _read;
        if (buffer.Length > allowed) buffer = buffer[..(int)Math.Max(allowed, 0)];
        if (buffer.Length == 0) throw new InputTooLargeException(maxBytes);
        int n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes) throw new InputTooLargeException(maxBytes);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Replays bytes already read for sniffing, then continues with the rest of the stream.</summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int _pos;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pos < headLength)
        {
            int n = Math.Min(buffer.Length, headLength - _pos);
            head.AsSpan(_pos, n).CopyTo(buffer);
            _pos += n;
            return n;
        }
        return rest.Read(buffer);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
