namespace Marsad.Text.Resources;

/// <summary>A malformed line in a resource file: names the file, the line and what is wrong.</summary>
public sealed class ResourceFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}

/// <summary>One data line of a tab-separated resource file.</summary>
public readonly record struct TsvLine(string File, int Number, string[] Fields)
{
    public string this[int i] => Fields[i];

    /// <summary>The field, or null when it is absent or empty.</summary>
    public string? Optional(int i) => i < Fields.Length && Fields[i].Length > 0 ? Fields[i] : null;

    public ResourceFormatException Error(string problem) => new(File, Number, problem);
}

/// <summary>
/// Reads Marsad's tab-separated resource files. Conventions (see resources/README.md): UTF-8;
/// lines starting with '#' are comments; the first comment line may be <c># format: NAME/VERSION</c>
/// and a file whose format tag differs from the expected one is refused; blank lines are skipped;
/// every data line must have at least <c>minFields</c> fields.
/// </summary>
public static class TsvResource
{
    public static IEnumerable<TsvLine> Read(string path, string expectedFormat, int minFields)
    {
        int n = 0;
        bool sawFormat = false;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                const string tag = "# format:";
                if (!sawFormat && line.StartsWith(tag, StringComparison.Ordinal))
                {
                    sawFormat = true;
                    var format = line[tag.Length..].Trim();
                    if (format != expectedFormat)
                        throw new ResourceFormatException(path, n, $"format '{format}' is not '{expectedFormat}', which this version of Marsad reads");
                }
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < minFields)
                throw new ResourceFormatException(path, n, $"expected at least {minFields} tab-separated fields, found {fields.Length}");
            yield return new TsvLine(path, n, fields);
        }
    }
}
