using System.CommandLine;
using Marsad.Extract.Pipeline;
using Marsad.Ingest.Sources;
using Marsad.Server;
using Marsad.Store;
using Marsad.Store.Ingestion;
using Marsad.Store.Search;
using Marsad.Store.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad serve [--db marsad.db | --pg CONN] [--port 8080] [--host 127.0.0.1] [--ingest INPUT…]</c>:
/// the REST API and the web UI, optionally ingesting articles into the embedded store first.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite database (created if missing)", DefaultValueFactory = _ => "marsad.db" };
        var pg = ScaleOptions.Pg(required: false);
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var host = new Option<string>("--host") { Description = "Address to bind; loopback unless you mean to expose it", DefaultValueFactory = _ => "127.0.0.1" };
        var index = new Option<string?>("--index") { Description = "Search index folder (default: beside the database)" };
        var ingest = new Option<string[]>("--ingest") { Description = "Ingest these files or folders into the SQLite store before serving", AllowMultipleArgumentsPerToken = true };
        var resources = CommonOptions.Resources();
        var cmd = new Command("serve", "Serve the REST API and the Arabic-first web UI on loopback") { db, pg, port, host, index, ingest, resources };
        cmd.SetAction(async (parse, cancel) =>
        {
            var options = new ServerOptions
            {
                Database = parse.GetValue(db)!, Postgres = parse.GetValue(pg), Port = parse.GetValue(port), Host = parse.GetValue(host)!,
                IndexPath = parse.GetValue(index), Resources = parse.GetValue(resources) ?? [],
            };
            try
            {
                if (parse.GetValue(ingest) is { Length: > 0 } inputs)
                {
                    if (options.Postgres is not null) { Console.Error.WriteLine("marsad serve: --ingest writes to the SQLite store; use `marsad submit` and workers for PostgreSQL"); return 2; }
                    await IngestFirstAsync(options, inputs, cancel).ConfigureAwait(false);
                }
                var (app, storeHost, address) = await ServerRunner.StartAsync(options, cancel).ConfigureAwait(false);
                await using (storeHost)
                {
                    if (storeHost.StoriesRebuilt is int stories) Console.Error.WriteLine($"marsad: {stories} stories rebuilt from the store");
                    Console.Error.WriteLine($"marsad: serving {storeHost.Display} at {address} (Ctrl-C stops)");
                    Console.WriteLine(address);
                    await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
                }
                return 0;
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"marsad serve: {e.Message}");
                return 1;
            }
            catch (IOException e) when (SocketError(e) is { } socket)
            {
                Console.Error.WriteLine($"marsad serve: cannot listen on {options.Host}:{options.Port} ({socket.Message}); pick another --port");
                return 1;
            }
        });
        return cmd;
    }

    /// <summary>Kestrel wraps the socket error in one or two layers (AddressInUseException inside IOException).</summary>
    private static System.Net.Sockets.SocketException? SocketError(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is System.Net.Sockets.SocketException s) return s;
        return null;
    }

    private static async Task IngestFirstAsync(ServerOptions options, string[] inputs, CancellationToken cancel)
    {
        var pipeline = new Pipeline(CommonOptions.ResourceSetFrom(options.Resources.ToArray()));
        await using var store = await SqliteRecordStore.OpenAsync(options.Database, cancel).ConfigureAwait(false);
        var ingestor = new Ingestor(pipeline, store, new IngestOptions()) { Failure = f => Console.Error.WriteLine($"marsad: {f.Origin}: {f.Reason}") };
        var result = await ingestor.RunAsync(ArticleSources.Open(inputs), cancel).ConfigureAwait(false);
        // The index and the stories are brought up to date once, by the store host the server opens next.
        Console.Error.WriteLine($"marsad: ingested {result.Stored} articles ({result.Skipped} already stored, {result.Failed} failures) into {Path.GetFullPath(options.Database)}");
    }
}
