using System.Diagnostics;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

/// <summary>The store commands run as a user runs them: the built marsad.dll in a real process.</summary>
public class CommandLineTests
{
    private static async Task<(int Code, string Out, string Err)> Marsad(string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = workDir };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Ingest_with_no_db_option_writes_marsad_db_in_the_current_folder_and_search_then_finds_the_samples()
    {
        var dir = Fixtures.TempDir();
        var ingest = await Marsad(dir, "ingest", SharedData.Samples("articles"));
        Assert.True(ingest.Code == 0, ingest.Err);
        Assert.True(File.Exists(Path.Combine(dir, "marsad.db")));
        Assert.True(Directory.Exists(Path.Combine(dir, "marsad.db.index")));
        var search = await Marsad(dir, "search", "بدمشق", "--json");
        Assert.Equal(0, search.Code);
        Assert.Contains("\"total\":", search.Out, StringComparison.Ordinal);
        Assert.Contains("<b>دمشق</b>", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_syntax_error_is_one_line_on_stderr_and_exit_code_2()
    {
        var dir = Fixtures.TempDir();
        await Marsad(dir, "ingest", SharedData.Samples("articles"), "--no-stories");
        var (code, _, err) = await Marsad(dir, "search", "دمشق AND (");
        Assert.Equal(2, code);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("marsad: cannot read the query", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_date_filter_is_a_usage_error_naming_the_option()
    {
        var (code, _, err) = await Marsad(Fixtures.TempDir(), "export", "--format", "csv", "--from", "July");
        Assert.Equal(2, code);
        Assert.Contains("--from 'July'", err, StringComparison.Ordinal);
    }
}
