using System.Text;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Opens what a user names on the command line — files, folders (recursive) or "-" for stdin — and
/// yields every article inside, or a failure naming the item and the reason.
/// </summary>
public static class ArticleSources
{
    public static IEnumerable<ReadResult> Open(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadFile(f);
            }
            else
            {
                yield return ReadFile(input);
            }
        }
    }

    private static ReadResult ReadFile(string path)
    {
        try
        {
            var text = File.ReadAllText(path, new UTF8Encoding(false, true));
            return new ReadResult.Read(new Article(Path.GetFileNameWithoutExtension(path), text, path));
        }
        catch (IOException e) { return new ReadResult.Failed(path, e.Message); }
        catch (UnauthorizedAccessException e) { return new ReadResult.Failed(path, e.Message); }
        catch (DecoderFallbackException) { return new ReadResult.Failed(path, "not valid UTF-8"); }
    }
}
