using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>What a user sees when <c>marsad serve</c> cannot start: one line naming the cause, exit code 1.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "marsad-serve-" + Guid.NewGuid().ToString("N"));

    public ServeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_port_not_a_stack_trace()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        int port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in new[] { "serve", "--db", Path.Combine(_dir, "m.db"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "marsad serve neither failed nor served within two minutes");

        Assert.Equal(1, process.ExitCode);
        var lines = (await stdout + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("--port", line, StringComparison.Ordinal);
    }
}
