namespace Marsad.Tests.Shared;

/// <summary>
/// Locates the repository root and the shared data folder (<c>../shared/data</c> beside the clone,
/// or <c>MARSAD_SHARED_DATA</c>). Tests that need the data call <c>Skip.IfNot(SharedData.Available, SharedData.MissingReason)</c>
/// in a <c>[SkippableFact]</c> and are skipped with a visible reason when it is absent; CI always has it.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? DataRoot { get; } = FindDataRoot();

    public static bool Available => DataRoot is not null;

    /// <summary>Path of a file under shared/data, or null when the data folder is absent.</summary>
    public static string? Path(params string[] parts) =>
        DataRoot is null ? null : System.IO.Path.Combine([DataRoot, .. parts]);

    /// <summary>Message used with Skip.IfNot / SkippableFact when the data is missing.</summary>
    public const string MissingReason = "../shared/data is absent beside the repository (set MARSAD_SHARED_DATA to point at it)";

    public static string Samples(params string[] parts) => System.IO.Path.Combine([RepoRoot, "samples", .. parts]);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Marsad.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? FindDataRoot()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return Directory.Exists(beside) ? beside : null;
    }
}
