using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Server;

/// <summary>Starts the server and reports where it listens (port 0 picks a free port, as the tests do).</summary>
public static class ServerRunner
{
    public static async Task<(WebApplication App, StoreHost Host, Uri Address)> StartAsync(ServerOptions options, CancellationToken cancel = default)
    {
        var host = await StoreHost.OpenAsync(options, cancel).ConfigureAwait(false);
        var app = MarsadServer.Build(options, host);
        await app.StartAsync(cancel).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, host, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }
}
