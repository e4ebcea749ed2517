namespace Marsad.Text.Resources;

/// <summary>
/// Where Marsad's knowledge files live: the shipped <c>resources/</c> folder (copied beside the
/// binaries) plus any folders a user adds with <c>--resources DIR</c>. A user folder extends the
/// shipped one: for a relative path such as <c>actors/actors.tsv</c>, every root's file of that name
/// is read, shipped first, so a user's entries add to or override shipped ones without recompiling.
/// </summary>
public sealed class ResourceSet
{
    public ResourceSet(IEnumerable<string>? userRoots = null, string? shippedRoot = null)
    {
        var roots = new List<string> { shippedRoot ?? DefaultRoot };
        foreach (var r in userRoots ?? [])
        {
            if (!Directory.Exists(r))
                throw new DirectoryNotFoundException($"resources folder '{r}' does not exist (given with --resources)");
            roots.Add(Path.GetFullPath(r));
        }
        Roots = roots;
    }

    /// <summary>The shipped resources folder next to the running binaries.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "resources");

    /// <summary>The shipped set alone.</summary>
    public static ResourceSet Shipped { get; } = new();

    public IReadOnlyList<string> Roots { get; }

    /// <summary>Every existing file with this relative path, shipped root first.</summary>
    public IEnumerable<string> Files(string relativePath)
    {
        foreach (var root in Roots)
        {
            var p = Path.Combine(root, relativePath);
            if (File.Exists(p)) yield return p;
        }
    }

    /// <summary>Every file matching <paramref name="pattern"/> in the given relative folder of every root.</summary>
    public IEnumerable<string> FilesIn(string relativeFolder, string pattern)
    {
        foreach (var root in Roots)
        {
            var d = Path.Combine(root, relativeFolder);
            if (!Directory.Exists(d)) continue;
            foreach (var f in Directory.GetFiles(d, pattern).Order(StringComparer.Ordinal)) yield return f;
        }
    }

    /// <summary>The shipped file with this relative path; throws naming it when it is missing.</summary>
    public string Required(string relativePath)
    {
        var p = Path.Combine(Roots[0], relativePath);
        if (!File.Exists(p))
            throw new FileNotFoundException($"shipped resource '{relativePath}' is missing under {Roots[0]}; rebuild with ./marsad or check the install", p);
        return p;
    }
}
