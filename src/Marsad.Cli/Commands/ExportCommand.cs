using System.CommandLine;
using Marsad.Store.Exports;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export --format F [--db FILE | --pg CONN] [filters] -o FILE</c>: records or events in analysts' formats.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var pg = StoreOptions.Pg();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (records), acled-csv, plover-json, geojson, parquet or csv (events)", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "acled-csv", "plover-json", "geojson", "parquet", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: stdout, except parquet which needs a file)" };
        var filters = StoreOptions.Filters.Create();
        var resources = CommonOptions.Resources();
        var quiet = CommonOptions.Quiet();
        var cmd = new Command("export", "Export stored records or events (JSONL, ACLED-style CSV, PLOVER JSON, GeoJSON, Parquet, CSV)") { db, pg, format, output, resources, quiet };
        filters.AddTo(cmd);
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(async () =>
        {
            var kind = Exporter.ParseFormat(parse.GetValue(format)!);
            string? path = parse.GetValue(output);
            if (kind == ExportFormat.Parquet && path is null) throw new UsageException("--format parquet needs -o FILE (Parquet is not streamable to stdout)");
            var filter = filters.Read(parse);
            await using var store = (await StoreOptions.Location(parse, db, pg).OpenAsync(cancel)).Store;
            var exporter = new Exporter(store, CommonOptions.ResourceSetFrom(parse.GetValue(resources)));
            long n;
            if (path is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                n = await exporter.WriteAsync(kind, filter, stdout, cancel);
            }
            else
            {
                // Written beside the target and moved into place, so a failed export never leaves half a file under the real name.
                string temp = path + ".partial";
                await using (var file = File.Create(temp)) n = await exporter.WriteAsync(kind, filter, file, cancel);
                File.Move(temp, path, overwrite: true);
            }
            if (!parse.GetValue(quiet)) Console.Error.WriteLine($"{n} {(kind == ExportFormat.Jsonl ? "records" : "events")} → {path ?? "stdout"}");
            return 0;
        }));
        return cmd;
    }
}
