namespace Marsad.Ingest.Sources;

/// <summary>Stable document ids derived from where an article came from.</summary>
public static class DocumentIds
{
    /// <summary>
    /// The file name without its extension ("samples/a/001_x.txt" → "001_x"); a ".gz" suffix is
    /// dropped first ("feed.jsonl.gz" → "feed"). Standard input is "stdin".
    /// </summary>
    public static string FromPath(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        var stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 ? stem : name;
    }
}
