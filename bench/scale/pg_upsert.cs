#:project ../../src/Marsad.Store.Postgres/Marsad.Store.Postgres.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
// The worker's write path alone: how many records/s PostgreSQL takes through
// PostgresRecordStore.UpsertBatchAsync (one transaction per batch, as a worker commits), with the
// pipeline taken out. Records are read from an ingested SQLite store, so they are real ones with
// their entities and events. Each writer count runs twice: into empty tables (inserts) and again
// over the same keys (conflict path: a redelivered or re-processed article).
// The server's CPU is not measured here: bench/scale/pg_cpu.sh wraps this with the postmaster's
// cumulative CPU (its own and its reaped backends').
// Usage: dotnet run bench/scale/pg_upsert.cs -- SQLITE.db "PG-CONN-STRING" [N=5000] [BATCH=64] [WRITERS=1,2,4]
using System.Diagnostics;
using Marsad.Store;
using Marsad.Store.Postgres;
using Marsad.Store.Sqlite;
using Npgsql;

if (args.Length < 2) { Console.Error.WriteLine("usage: pg_upsert.cs SQLITE.db PG-CONN [N] [BATCH] [WRITERS]"); return 2; }
int n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5000;
int batchSize = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 64;
int[] writerCounts = (args.Length > 4 ? args[4] : "1,2,4").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

var articles = new List<StoredArticle>(n);
await using (var sqlite = await SqliteRecordStore.OpenAsync(args[0]))
    await foreach (var a in sqlite.ReadAllAsync(RecordFilter.None))
    {
        articles.Add(a);
        if (articles.Count == n) break;
    }
long entities = articles.Sum(a => (long)a.Record.Entities.Count), events = articles.Sum(a => (long)(a.Record.Events?.Count ?? 0));
Console.WriteLine($"{articles.Count} records from {args[0]}: {entities} entity rows, {events} event rows ({(double)(entities + events) / articles.Count:0.0} child rows per record); batch {batchSize}");

foreach (int writers in writerCounts)
{
    // A fresh database per writer count, so each run starts from empty tables.
    var admin = new NpgsqlConnectionStringBuilder(args[1]);
    string db = $"upsert_bench_{writers}_{Environment.ProcessId}";
    await using (var conn = new NpgsqlConnection(admin.ConnectionString))
    {
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {db}; ", conn);
        await cmd.ExecuteNonQueryAsync();
        cmd.CommandText = $"CREATE DATABASE {db}";
        await cmd.ExecuteNonQueryAsync();
    }
    admin.Database = db;
    await using var store = await PostgresRecordStore.OpenAsync(admin.ConnectionString);
    var batches = articles.Chunk(batchSize).ToArray();
    foreach (var pass in new[] { "insert", "conflict" })
    {
        int next = -1;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Length) await store.UpsertBatchAsync(batches[i]);
        })).ToArray();
        await Task.WhenAll(tasks);
        double s = clock.Elapsed.TotalSeconds;
        // Client CPU: building the statements and the record JSON, Npgsql's protocol work.
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"writers={writers} {pass,-8} {articles.Count / s,7:0} records/s  {batches.Length / s,6:0} commits/s  ({s:0.00} s; client CPU {cpu * 1000 / articles.Count:0.00} ms/record; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    }
}
return 0;
