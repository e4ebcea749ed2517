namespace Marsad.Ingest.Tests;

/// <summary>A scratch folder under the system temp directory, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "marsad-ingest-" + Guid.NewGuid().ToString("N"));

    public string File(string relative, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }

    public string File(string relative, string utf8) => File(relative, System.Text.Encoding.UTF8.GetBytes(utf8));

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
