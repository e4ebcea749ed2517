using System.Buffers.Binary;

namespace Marsad.Ingest.Sources;

/// <summary>
/// .NET's GZipStream ends quietly on a truncated file, handing back half an article as if it were
/// whole. A gzip member ends with ISIZE, its uncompressed length mod 2^32; once the decompressed
/// data ends, this stream compares the bytes it saw with that trailer and fails with an
/// <see cref="InvalidDataException"/> when they differ. Used for single-document inputs only:
/// record streams (JSON Lines, WARC) may be multi-member gzip, where the last trailer counts only
/// the last member, and a cut record fails on its own there.
/// </summary>
internal sealed class GzipTrailerCheck(Stream decompressed, TailStream compressed) : Stream
{
    private long _count;
    private bool _checked;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = decompressed.Read(buffer);
        _count += n;
        if (n == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            compressed.CopyTo(Null); // the trailer may sit past what the inflater needed
            if (!compressed.TryTail(out var tail))
                throw new InvalidDataException("truncated gzip: no trailer");
            uint isize = BinaryPrimitives.ReadUInt32LittleEndian(tail);
            if (isize != (uint)_count)
                throw new InvalidDataException($"truncated gzip: its trailer says {isize} bytes, {_count} could be read");
        }
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) decompressed.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Passes a stream through, remembering its last four bytes (a gzip trailer's ISIZE).</summary>
internal sealed class TailStream(Stream inner) : Stream
{
    private readonly byte[] _tail = new byte[4];
    private long _total;

    public bool TryTail(out ReadOnlySpan<byte> tail)
    {
        tail = _tail;
        return _total >= 18; // a gzip member is at least a 10-byte header and an 8-byte trailer
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        if (n >= 4)
        {
            buffer.Slice(n - 4, 4).CopyTo(_tail);
        }
        else if (n > 0)
        {
            // Shift the kept bytes left and append the few new ones.
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(4 - n));
        }
        _total += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _total; set => throw new NotSupportedException(); }
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
