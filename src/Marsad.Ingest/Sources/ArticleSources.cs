using System.IO.Compression;
using System.Text;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Opens what a user names on the command line — files, folders (recursive, in ordinal path order)
/// or "-" for stdin — and yields every article inside, or one failure per unreadable input or bad
/// record, so that nothing stops a batch. Gzipped inputs are recognised by their magic bytes and
/// read transparently; the format reader is chosen by content (<see cref="FormatRegistry"/>).
/// Lazy and streaming: one input is open at a time and memory stays flat however many there are.
/// </summary>
public static class ArticleSources
{
    /// <summary>How many first bytes the readers see to recognise a format.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The origin (and id) given to articles read from standard input.</summary>
    public const string StdinOrigin = "stdin";

    public static IEnumerable<ReadResult> Open(IEnumerable<string> inputs, SourceOptions? options = null, FormatRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= SourceOptions.Default;
        registry ??= FormatRegistry.CreateDefault(options);
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var r in ReadInput(StdinOrigin, "-", Console.OpenStandardInput, knownLength: null, options, registry))
                    yield return r;
            }
            else if (Directory.Exists(input))
            {
                foreach (var r in ReadDirectory(input, options, registry))
                    yield return r;
            }
            else if (File.Exists(input))
            {
                foreach (var r in ReadFile(input, options, registry))
                    yield return r;
            }
            else
            {
                yield return new ReadResult.Failed(input, "no such file or directory");
            }
        }
    }

    private static IEnumerable<ReadResult> ReadDirectory(string root, SourceOptions options, FormatRegistry registry)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            string? problem = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = dirs = [];
                problem = "cannot list folder: " + OneLine(e.Message);
            }
            if (problem is not null)
            {
                yield return new ReadResult.Failed(dir, problem);
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (IsHidden(f)) continue;
                foreach (var r in ReadFile(f, options, registry))
                    yield return r;
            }
            // Pushed in reverse so the stack pops sub-folders in ordinal order, depth first.
            for (int i = dirs.Length - 1; i >= 0; i--)
                if (!IsHidden(dirs[i])) pending.Push(dirs[i]);
        }
    }

    // Dot-files (.DS_Store, .gitkeep, editor swap files) are never articles.
    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    private static IEnumerable<ReadResult> ReadFile(string path, SourceOptions options, FormatRegistry registry)
    {
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ReadResult.Failed(path, OneLine(e.Message))];
        }
        return ReadInput(path, path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), length, options, registry);
    }

    private static IEnumerable<ReadResult> ReadInput(string origin, string path, Func<Stream> open, long? knownLength, SourceOptions options, FormatRegistry registry)
    {
        Stream? content = null;
        IFormatReader? reader = null;
        ReadResult.Failed? failure = null;
        try
        {
            (content, reader) = Prepare(path, open, knownLength, options, registry);
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            failure = new ReadResult.Failed(origin, Describe(e));
        }
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        using (content)
        {
            using var items = reader!.Read(content!, origin).GetEnumerator();
            int produced = 0;
            while (true)
            {
                ReadResult? item = null;
                try
                {
                    if (!items.MoveNext()) break;
                    item = items.Current;
                }
                catch (Exception e) when (IsInputProblem(e))
                {
                    failure = new ReadResult.Failed(origin, (produced > 0 ? $"stopped after {produced} records: " : "") + Describe(e));
                }
                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }
                produced++;
                yield return item!;
            }
        }
    }

    /// <summary>Opens the input, unwraps gzip, sniffs the head, picks the reader and applies the size cap.</summary>
    private static (Stream Content, IFormatReader Reader) Prepare(string path, Func<Stream> open, long? knownLength, SourceOptions options, FormatRegistry registry)
    {
        var raw = open();
        try
        {
            var rawHead = new byte[HeadBytes];
            int rawLength = raw.ReadAtLeast(rawHead, HeadBytes, throwOnEndOfStream: false);
            Stream stream = new ReplayStream(rawHead, rawLength, raw);
            bool gzipped = rawLength >= 2 && rawHead[0] == 0x1F && rawHead[1] == 0x8B;
            byte[] head = rawHead;
            int headLength = rawLength;
            string logicalPath = path;
            TailStream? compressed = null;
            if (gzipped)
            {
                compressed = new TailStream(stream);
                stream = new GZipStream(compressed, CompressionMode.Decompress);
                head = new byte[HeadBytes];
                headLength = stream.ReadAtLeast(head, HeadBytes, throwOnEndOfStream: false);
                stream = new ReplayStream(head, headLength, stream);
                if (logicalPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) logicalPath = logicalPath[..^3];
            }
            var reader = registry.Choose(logicalPath, head.AsSpan(0, headLength));
            if (!reader.ReadsRecordStream)
            {
                // Checked before reading the body: a 2 GB file is refused from its length alone.
                if (!gzipped && knownLength > options.MaxBytes) throw new InputTooLargeException(options.MaxBytes);
                if (compressed is not null) stream = new GzipTrailerCheck(stream, compressed);
                stream = new BoundedStream(stream, options.MaxBytes);
            }
            return (stream, reader);
        }
        catch
        {
            raw.Dispose();
            throw;
        }
    }

    // What can go wrong with an input's bytes rather than with Marsad: unreadable or vanished
    // files, permissions, corrupt or truncated gzip, the size cap, undecodable text.
    private static bool IsInputProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or InvalidDataException or DecoderFallbackException;

    private static string Describe(Exception e) => e switch
    {
        InputTooLargeException => e.Message,
        InvalidDataException when e.Message.StartsWith("truncated gzip", StringComparison.Ordinal) => e.Message,
        InvalidDataException => "corrupt gzip: " + OneLine(e.Message),
        EndOfStreamException => "truncated input: " + OneLine(e.Message),
        UnauthorizedAccessException => "permission denied: " + OneLine(e.Message),
        _ => OneLine(e.Message),
    };

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
