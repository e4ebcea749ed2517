using Marsad.Text.Resources;

namespace Marsad.Ingest.Cleaning;

/// <summary>
/// The outlet names the scraped-text cleaner looks for, read from the knowledge base's outlet file
/// (<c>kb/outlets.tsv</c>, <c>marsad.outlets/1</c>), its single source: the optional sixth column
/// "mastheads" lists, separated by '|', the names an outlet prints alone on a line (masthead, footer,
/// credit). The knowledge base (Marsad.Extract) reads the same rows as media actors; this reader lives
/// in Ingest because Ingest cannot reference Extract.
/// </summary>
public static class OutletMastheads
{
    public const string File = "kb/outlets.tsv";
    public const string Format = "marsad.outlets/1";
    private const int MastheadsField = 5;

    /// <summary>Every masthead name in <paramref name="file"/>, in file order.</summary>
    public static IEnumerable<(string Name, TsvLine Line)> Read(string file)
    {
        foreach (var line in TsvResource.Read(file, Format, 1))
        {
            var field = line.Optional(MastheadsField);
            if (field is null) continue;
            foreach (var name in field.Split('|'))
            {
                var trimmed = name.Trim();
                if (trimmed.Length > 0) yield return (trimmed, line);
            }
        }
    }
}
