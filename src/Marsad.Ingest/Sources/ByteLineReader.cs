namespace Marsad.Ingest.Sources;

/// <summary>One line of a byte stream: its 1-based number and bytes (without the line break), or a note that it passed the cap.</summary>
internal readonly record struct ByteLine(int Number, byte[] Bytes, bool TooLong);

/// <summary>
/// Splits a stream into lines on '\n' without decoding it (valid for UTF-8 and the single-byte
/// Arabic code pages alike). A line longer than the cap is reported as too long and skipped up to
/// its end without being kept, so one runaway record cannot exhaust memory.
/// </summary>
internal static class ByteLineReader
{
    public static IEnumerable<ByteLine> Lines(Stream stream, long maxLineBytes)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        bool tooLong = false;
        int number = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            while (start < n)
            {
                int nl = Array.IndexOf(buffer, (byte)'\n', start, n - start);
                int end = nl < 0 ? n : nl;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > maxLineBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        line.Write(buffer, start, end - start);
                    }
                }
                if (nl < 0) break;
                number++;
                yield return Finish(number, line, tooLong);
                line.SetLength(0);
                tooLong = false;
                start = nl + 1;
            }
        }
        if (line.Length > 0 || tooLong)
            yield return Finish(number + 1, line, tooLong);
    }

    private static ByteLine Finish(int number, MemoryStream line, bool tooLong)
    {
        if (tooLong) return new ByteLine(number, [], true);
        int length = (int)line.Length;
        var bytes = line.GetBuffer();
        if (length > 0 && bytes[length - 1] == '\r') length--;
        return new ByteLine(number, bytes.AsSpan(0, length).ToArray(), false);
    }
}
