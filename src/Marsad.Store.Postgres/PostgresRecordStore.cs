using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Extract.Records;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Store.Postgres;

/// <summary>
/// The server store: the same contract and logical schema as the SQLite store, on PostgreSQL, for
/// many writers at once (issue 9's workers). Each batch is one transaction; articles are written in
/// key order so that two workers upserting overlapping batches lock rows in the same order and never
/// deadlock; the article row's upsert is the first statement per article, so its row lock serialises
/// concurrent rewrites of one article's entity and event rows.
/// </summary>
public sealed class PostgresRecordStore : IRecordStore
{
    /// <summary>Any fixed number: the advisory lock taken while migrating, so concurrent workers migrate once.</summary>
    private const long MigrationLock = 0x4D61727361640001;

    private readonly NpgsqlDataSource _data;

    private PostgresRecordStore(NpgsqlDataSource data, string display)
    {
        _data = data;
        Display = display;
    }

    /// <summary>Host, port and database, for messages (never the password).</summary>
    public string Display { get; }

    public static async Task<PostgresRecordStore> OpenAsync(string connectionString, CancellationToken cancel = default)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"--pg: not a PostgreSQL connection string ({e.Message}); e.g. \"Host=127.0.0.1;Port=5432;Username=marsad;Database=marsad\"", e);
        }
        string display = $"{builder.Host}:{builder.Port}/{builder.Database}";
        var store = new PostgresRecordStore(NpgsqlDataSource.Create(builder), display);
        try
        {
            await store.MigrateAsync(cancel).ConfigureAwait(false);
            return store;
        }
        catch (NpgsqlException e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"PostgreSQL at {display}: {e.Message}; is the server running and the database created?", e);
        }
    }

    private async Task MigrateAsync(CancellationToken cancel)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(cancel).ConfigureAwait(false);
        await Exec(conn, tx, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancel).ConfigureAwait(false);
        await Exec(conn, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)", cancel).ConfigureAwait(false);
        int current;
        await using (var cmd = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", conn, tx))
            current = Convert.ToInt32(await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (current > PostgresMigrations.Latest)
            throw new StoreException($"PostgreSQL at {Display}: schema version {current} is newer than this Marsad build knows ({PostgresMigrations.Latest}); upgrade Marsad");
        foreach (var (version, name, sql) in PostgresMigrations.All)
        {
            if (version <= current) continue;
            await Exec(conn, tx, sql, cancel).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, now())", conn, tx);
            record.Parameters.Add(new NpgsqlParameter { Value = version });
            record.Parameters.Add(new NpgsqlParameter { Value = name });
            await record.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancel).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetPipelineVersionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        await using var cmd = _data.CreateCommand("SELECT id, pipeline_version FROM articles WHERE id = ANY($1)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false)) found[reader.GetString(0)] = reader.GetString(1);
        return found;
    }

    public async Task UpsertBatchAsync(IReadOnlyList<StoredArticle> batch, CancellationToken cancel = default)
    {
        if (batch.Count == 0) return;
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(cancel).ConfigureAwait(false);
        await using var npgBatch = new NpgsqlBatch(conn, tx);
        var now = DateTimeOffset.UtcNow;
        // Last copy wins within a batch, like a sequence of upserts would.
        var ordered = batch.GroupBy(a => a.Id, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(a => a.Id, StringComparer.Ordinal);
        foreach (var a in ordered) PostgresBatchWriter.Add(npgBatch, a, now);
        await npgBatch.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
        await tx.CommitAsync(cancel).ConfigureAwait(false);
    }

    private const string SelectArticle = "SELECT a.id, a.pipeline_version, a.origin, a.fingerprint, r.json FROM articles a JOIN records r ON r.article_id = a.id";

    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancel = default)
    {
        await using var cmd = _data.CreateCommand($"{SelectArticle} WHERE a.id = $1 OR a.source_id = $1 ORDER BY (a.id = $1) DESC LIMIT 1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        return await reader.ReadAsync(cancel).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    private StoredArticle ReadArticle(NpgsqlDataReader reader)
    {
        string id = reader.GetString(0);
        uint[]? fingerprint = reader.IsDBNull(3) ? null : MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(3)).ToArray();
        var record = RecordJson.Parse(reader.GetString(4), $"PostgreSQL {Display}: record of {id}");
        return new StoredArticle(id, record, reader.GetString(1), reader.GetString(2), fingerprint);
    }

    public async IAsyncEnumerable<StoredEvent> QueryEventsAsync(RecordFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var where = EventWhere(filter, cmd, "e");
        cmd.CommandText = $"""
            SELECT e.article_id, e.ordinal, a.outlet, a.published, a.url, r.json
            FROM events e JOIN articles a ON a.id = e.article_id JOIN records r ON r.article_id = e.article_id
            {where}
            ORDER BY e.effective_date, e.article_id, e.ordinal
            """;
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        string? lastId = null;
        DocumentRecord? lastRecord = null;
        while (await reader.ReadAsync(cancel).ConfigureAwait(false))
        {
            string articleId = reader.GetString(0);
            int ordinal = reader.GetInt32(1);
            if (articleId != lastId)
            {
                lastRecord = RecordJson.Parse(reader.GetString(5), $"PostgreSQL {Display}: record of {articleId}");
                lastId = articleId;
            }
            var events = lastRecord!.Events ?? [];
            if (ordinal >= events.Count)
                throw new StoreException($"PostgreSQL {Display}: event {articleId}#{ordinal} has no matching entry in its record; re-submit the source");
            yield return new StoredEvent(articleId, ordinal, Nullable(reader, 2), Nullable(reader, 3), Nullable(reader, 4), events[ordinal], lastRecord);
        }
    }

    public async IAsyncEnumerable<StoredArticle> ReadAllAsync(RecordFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var clauses = new List<string>();
        if (filter.From is not null) clauses.Add($"a.published >= {Param(cmd, filter.From)}");
        if (filter.To is not null) clauses.Add($"a.published <= {Param(cmd, ToInclusiveEnd(filter.To))}");
        if (filter.HasEventFilter)
            clauses.Add($"EXISTS (SELECT 1 FROM events e {EventWhere(filter with { From = null, To = null }, cmd, "e")} AND e.article_id = a.id)");
        cmd.CommandText = $"{SelectArticle} {(clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses))} ORDER BY a.id";
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false)) yield return ReadArticle(reader);
    }

    public async IAsyncEnumerable<StoredArticle> ReadUnindexedAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand($"{SelectArticle} WHERE NOT a.indexed", conn);
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false)) yield return ReadArticle(reader);
    }

    public async Task MarkIndexedAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default)
    {
        if (ids.Count == 0) return;
        await using var cmd = _data.CreateCommand("UPDATE articles SET indexed = TRUE WHERE id = ANY($1)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
    }

    public async Task ResetIndexedAsync(CancellationToken cancel = default)
    {
        await using var cmd = _data.CreateCommand("UPDATE articles SET indexed = FALSE");
        await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
    }

    public async Task ReplaceStoriesAsync(IReadOnlyList<Story> stories, CancellationToken cancel = default)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(cancel).ConfigureAwait(false);
        await Exec(conn, tx, "DELETE FROM story_articles; DELETE FROM stories;", cancel).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var s in stories)
        {
            var story = new NpgsqlBatchCommand("INSERT INTO stories (id, first_date, last_date, title, size, json) VALUES ($1, $2, $3, $4, $5, $6)");
            AddValues(story, s.Id, s.FirstDate, s.LastDate, s.Title, s.Articles.Count, JsonSerializer.Serialize(s, RecordJson.Options));
            batch.BatchCommands.Add(story);
            foreach (var a in s.Articles)
            {
                var member = new NpgsqlBatchCommand("INSERT INTO story_articles (story_id, article_id, duplicate_of) VALUES ($1, $2, $3)");
                AddValues(member, s.Id, a.ArticleId, a.DuplicateOf);
                batch.BatchCommands.Add(member);
            }
        }
        if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
        await tx.CommitAsync(cancel).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(string? from, string? to, CancellationToken cancel = default)
    {
        await using var conn = await _data.OpenConnectionAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var clauses = new List<string>();
        if (from is not null) clauses.Add($"(last_date IS NULL OR last_date >= {Param(cmd, from)})");
        if (to is not null) clauses.Add($"(first_date IS NULL OR first_date <= {Param(cmd, ToInclusiveEnd(to))})");
        cmd.CommandText = $"SELECT id, json FROM stories {(clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses))} ORDER BY size DESC, first_date, id";
        var list = new List<Story>();
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false))
            list.Add(JsonSerializer.Deserialize<Story>(reader.GetString(1), RecordJson.Options)
                ?? throw new StoreException($"PostgreSQL {Display}: story {reader.GetString(0)} is empty; recompute stories"));
        return list;
    }

    public async Task<Story?> GetStoryAsync(string id, CancellationToken cancel = default)
    {
        await using var cmd = _data.CreateCommand("SELECT json FROM stories WHERE id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        return await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false) is string json
            ? JsonSerializer.Deserialize<Story>(json, RecordJson.Options) ?? throw new StoreException($"PostgreSQL {Display}: story {id} is empty; recompute stories")
            : null;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancel = default)
    {
        await using var cmd = _data.CreateCommand("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM records), (SELECT COUNT(*) FROM entities),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM stories)
            """);
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        await reader.ReadAsync(cancel).ConfigureAwait(false);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private static string EventWhere(RecordFilter filter, NpgsqlCommand cmd, string alias)
    {
        var clauses = new List<string> { "TRUE" };
        if (filter.Type is not null) clauses.Add($"{alias}.type = {Param(cmd, filter.Type.ToUpperInvariant())}");
        if (filter.Actor is not null) { var p = Param(cmd, filter.Actor); clauses.Add($"({alias}.actor1_id = {p} OR {alias}.actor2_id = {p})"); }
        if (filter.Place is not null) clauses.Add($"{alias}.place_id = {Param(cmd, filter.Place)}");
        if (filter.From is not null) clauses.Add($"{alias}.effective_date >= {Param(cmd, filter.From)}");
        if (filter.To is not null) clauses.Add($"{alias}.effective_date <= {Param(cmd, ToInclusiveEnd(filter.To))}");
        return "WHERE " + string.Join(" AND ", clauses);
    }

    /// <summary>Adds a positional parameter and returns its placeholder.</summary>
    private static string Param(NpgsqlCommand cmd, object value)
    {
        cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        return "$" + cmd.Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"2015-08" as an upper bound must include "2015-08-31": pad so prefix dates compare inclusively (same rule as SQLite's store).</summary>
    private static string ToInclusiveEnd(string to) => to.Length < 10 ? to + "\uffff" : to;

    internal static void AddValues(NpgsqlBatchCommand cmd, params object?[] values)
    {
        foreach (var v in values) cmd.Parameters.Add(new NpgsqlParameter { Value = v ?? DBNull.Value });
    }

    private static string? Nullable(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static async Task Exec(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken cancel)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _data.DisposeAsync();
}
