using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Lucene.Net.Util;

namespace Marsad.Store.Search;

/// <summary>
/// What a search hit shows — id, title, outlet, publication date and the snippet window (the body's
/// first <see cref="SnippetWindow"/> characters) — kept per document in one binary doc value. Doc values
/// are stored uncompressed and read with one copy, where stored fields decompress a 16 kB block per
/// document byte by byte (that was a quarter of a search's CPU). Strings are UTF-16 with a length
/// prefix, so reading is a copy and a window cut inside a surrogate pair comes back exactly as cut.
/// </summary>
internal sealed record HitFields(string Id, string Title, string? Outlet, string? Published, string Window)
{
    /// <summary>
    /// Characters of the body a snippet is taken from. News puts the matter in the first paragraphs;
    /// re-analysing whole long articles was most of the p99 latency. A hit whose match lies further in
    /// gets its lead as the snippet.
    /// </summary>
    public const int SnippetWindow = 3000;

    /// <summary>Largest value Lucene 4.8 accepts in a binary doc value (a byte block less its length).</summary>
    private const int MaxEncoded = 32766;

    public static string WindowOf(string body) => body.Length <= SnippetWindow ? body : body[..SnippetWindow];

    /// <summary>The encoded value, or null when it is too large for a doc value (an absurdly long title): then the window is stored instead.</summary>
    public byte[]? Encode()
    {
        string?[] parts = [Id, Title, Outlet, Published, Window];
        int size = 0;
        foreach (var p in parts) size += 4 + 2 * (p?.Length ?? 0);
        if (size > MaxEncoded) return null;
        var bytes = new byte[size];
        int at = 0;
        foreach (var p in parts)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), p?.Length ?? -1);
            at += 4;
            if (p is null) continue;
            MemoryMarshal.AsBytes(p.AsSpan()).CopyTo(bytes.AsSpan(at));
            at += 2 * p.Length;
        }
        return bytes;
    }

    public static HitFields Decode(BytesRef value)
    {
        int at = value.Offset;
        string id = Next(value.Bytes, ref at)!, title = Next(value.Bytes, ref at)!;
        string? outlet = Next(value.Bytes, ref at), published = Next(value.Bytes, ref at);
        return new HitFields(id, title, outlet, published, Next(value.Bytes, ref at)!);
    }

    private static string? Next(byte[] bytes, ref int at)
    {
        int n = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        at += 4;
        if (n < 0) return null;
        var s = new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(at, 2 * n)));
        at += 2 * n;
        return s;
    }
}
