using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Marsad.Corpus;
using Marsad.Extract.Records;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. One writer connection (batches commit in one
/// transaction each, so a killed process leaves every committed batch whole and nothing of the
/// batch in flight); readers open their own pooled connections and never block the writer.
/// </summary>
public sealed class SqliteRecordStore : IRecordStore
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private SqliteRecordStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static async Task<SqliteRecordStore> OpenAsync(string path, CancellationToken cancel = default)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"{path}: folder '{dir}' does not exist; create it or pass another --db");
        var store = new SqliteRecordStore(path);
        try
        {
            await store._writer.OpenAsync(cancel).ConfigureAwait(false);
            await store.ExecuteAsync(store._writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;", cancel).ConfigureAwait(false);
            await store.MigrateAsync(cancel).ConfigureAwait(false);
            return store;
        }
        catch (SqliteException e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"{path}: cannot open as a Marsad database ({e.Message}); check the path or move the file aside", e);
        }
    }

    /// <summary>Schema version the database is at.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancel = default)
    {
        await using var cmd = _writer.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(CancellationToken cancel)
    {
        await ExecuteAsync(_writer, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancel).ConfigureAwait(false);
        int current = await SchemaVersionAsync(cancel).ConfigureAwait(false);
        if (current > Migrations.Latest)
            throw new StoreException($"{Path}: schema version {current} is newer than this Marsad build knows ({Migrations.Latest}); upgrade Marsad");
        foreach (var (version, name, sql) in Migrations.All)
        {
            if (version <= current) continue;
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancel).ConfigureAwait(false);
            await using (var cmd = _writer.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
            }
            await using (var cmd = _writer.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
                cmd.Parameters.AddWithValue("$v", version);
                cmd.Parameters.AddWithValue("$n", name);
                cmd.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
            }
            await tx.CommitAsync(cancel).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> GetPipelineVersionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT pipeline_version FROM articles WHERE id = $id";
        var p = cmd.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in ids)
        {
            p.Value = id;
            if (await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false) is string v) found[id] = v;
        }
        return found;
    }

    public async Task UpsertBatchAsync(IReadOnlyList<StoredArticle> batch, CancellationToken cancel = default)
    {
        if (batch.Count == 0) return;
        await _writeLock.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancel).ConfigureAwait(false);
            using var writer = new BatchWriter(_writer, tx);
            string now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var article in batch) writer.Write(article, now);
            await tx.CommitAsync(cancel).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"{SelectArticle} WHERE a.id = $id UNION ALL {SelectArticle} WHERE a.source_id = $id AND a.id <> $id LIMIT 1";
        cmd.Parameters.AddWithValue("$id", id);
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        return await reader.ReadAsync(cancel).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    private const string SelectArticle = "SELECT a.id, a.pipeline_version, a.origin, a.fingerprint, r.json FROM articles a JOIN records r ON r.article_id = a.id";

    private StoredArticle ReadArticle(SqliteDataReader reader)
    {
        string id = reader.GetString(0);
        uint[]? fingerprint = reader.IsDBNull(3) ? null : MemoryMarshal.Cast<byte, uint>((byte[])reader.GetValue(3)).ToArray();
        var record = RecordJson.Parse(reader.GetString(4), $"{Path}: record of {id}");
        return new StoredArticle(id, record, reader.GetString(1), reader.GetString(2), fingerprint);
    }

    public async IAsyncEnumerable<StoredEvent> QueryEventsAsync(RecordFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var where = EventWhere(filter, cmd, "e");
        cmd.CommandText = $"""
            SELECT e.article_id, e.ordinal, a.outlet, a.published, a.url, r.json
            FROM events e JOIN articles a ON a.id = e.article_id JOIN records r ON r.article_id = e.article_id
            {where}
            ORDER BY e.effective_date, e.article_id, e.ordinal
            """;
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        // Rows of one article are adjacent only within a date; keep the last parsed record to avoid re-parsing it per event.
        string? lastId = null;
        DocumentRecord? lastRecord = null;
        while (await reader.ReadAsync(cancel).ConfigureAwait(false))
        {
            string articleId = reader.GetString(0);
            int ordinal = reader.GetInt32(1);
            if (articleId != lastId)
            {
                lastRecord = RecordJson.Parse(reader.GetString(5), $"{Path}: record of {articleId}");
                lastId = articleId;
            }
            var events = lastRecord!.Events ?? [];
            if (ordinal >= events.Count)
                throw new StoreException($"{Path}: event {articleId}#{ordinal} has no matching entry in its record; run `marsad ingest --reprocess` on the source");
            yield return new StoredEvent(articleId, ordinal, NullableString(reader, 2), NullableString(reader, 3), NullableString(reader, 4), events[ordinal], lastRecord);
        }
    }

    public async IAsyncEnumerable<StoredArticle> ReadAllAsync(RecordFilter filter, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var clauses = new List<string>();
        if (filter.From is not null) { clauses.Add("a.published >= $from"); cmd.Parameters.AddWithValue("$from", filter.From); }
        if (filter.To is not null) { clauses.Add("a.published <= $to"); cmd.Parameters.AddWithValue("$to", ToInclusiveEnd(filter.To)); }
        if (filter.HasEventFilter)
        {
            var eventWhere = EventWhere(filter with { From = null, To = null }, cmd, "e");
            clauses.Add($"EXISTS (SELECT 1 FROM events e {eventWhere} AND e.article_id = a.id)");
        }
        string where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        cmd.CommandText = $"{SelectArticle} {where} ORDER BY a.id";
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false)) yield return ReadArticle(reader);
    }

    public async IAsyncEnumerable<StoredArticle> ReadUnindexedAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"{SelectArticle} WHERE a.indexed = 0";
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false)) yield return ReadArticle(reader);
    }

    public async Task MarkIndexedAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default)
    {
        if (ids.Count == 0) return;
        await _writeLock.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancel).ConfigureAwait(false);
            await using var cmd = _writer.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE articles SET indexed = 1 WHERE id = $id";
            var p = cmd.Parameters.Add("$id", SqliteType.Text);
            foreach (var id in ids) { p.Value = id; await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false); }
            await tx.CommitAsync(cancel).ConfigureAwait(false);
        }
        finally { _writeLock.Release(); }
    }

    public async Task ResetIndexedAsync(CancellationToken cancel = default)
    {
        await _writeLock.WaitAsync(cancel).ConfigureAwait(false);
        try { await ExecuteAsync(_writer, "UPDATE articles SET indexed = 0", cancel).ConfigureAwait(false); }
        finally { _writeLock.Release(); }
    }

    public async Task ReplaceStoriesAsync(IReadOnlyList<Story> stories, CancellationToken cancel = default)
    {
        await _writeLock.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(cancel).ConfigureAwait(false);
            await using (var del = _writer.CreateCommand())
            {
                del.Transaction = tx;
                del.CommandText = "DELETE FROM story_articles; DELETE FROM stories;";
                await del.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
            }
            await using var story = _writer.CreateCommand();
            story.Transaction = tx;
            story.CommandText = "INSERT INTO stories (id, first_date, last_date, title, size, json) VALUES ($id, $first, $last, $title, $size, $json)";
            var sId = story.Parameters.Add("$id", SqliteType.Text);
            var sFirst = story.Parameters.Add("$first", SqliteType.Text);
            var sLast = story.Parameters.Add("$last", SqliteType.Text);
            var sTitle = story.Parameters.Add("$title", SqliteType.Text);
            var sSize = story.Parameters.Add("$size", SqliteType.Integer);
            var sJson = story.Parameters.Add("$json", SqliteType.Text);
            await using var member = _writer.CreateCommand();
            member.Transaction = tx;
            member.CommandText = "INSERT INTO story_articles (story_id, article_id, duplicate_of) VALUES ($story, $article, $dup)";
            var mStory = member.Parameters.Add("$story", SqliteType.Text);
            var mArticle = member.Parameters.Add("$article", SqliteType.Text);
            var mDup = member.Parameters.Add("$dup", SqliteType.Text);
            foreach (var s in stories)
            {
                sId.Value = s.Id; sFirst.Value = (object?)s.FirstDate ?? DBNull.Value; sLast.Value = (object?)s.LastDate ?? DBNull.Value;
                sTitle.Value = s.Title; sSize.Value = s.Articles.Count; sJson.Value = JsonSerializer.Serialize(s, RecordJson.Options);
                await story.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
                foreach (var a in s.Articles)
                {
                    mStory.Value = s.Id; mArticle.Value = a.ArticleId; mDup.Value = (object?)a.DuplicateOf ?? DBNull.Value;
                    await member.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
                }
            }
            await tx.CommitAsync(cancel).ConfigureAwait(false);
        }
        finally { _writeLock.Release(); }
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(string? from, string? to, CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var clauses = new List<string>();
        if (from is not null) { clauses.Add("(last_date IS NULL OR last_date >= $from)"); cmd.Parameters.AddWithValue("$from", from); }
        if (to is not null) { clauses.Add("(first_date IS NULL OR first_date <= $to)"); cmd.Parameters.AddWithValue("$to", ToInclusiveEnd(to)); }
        cmd.CommandText = $"SELECT id, json FROM stories {(clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses))} ORDER BY size DESC, first_date, id";
        var list = new List<Story>();
        await using var reader = await cmd.ExecuteReaderAsync(cancel).ConfigureAwait(false);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false))
        {
            var story = JsonSerializer.Deserialize<Story>(reader.GetString(1), RecordJson.Options)
                ?? throw new StoreException($"{Path}: story {reader.GetString(0)} is empty; re-run `marsad ingest` to rebuild stories");
            list.Add(story);
        }
        return list;
    }

    public async Task<Story?> GetStoryAsync(string id, CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT json FROM stories WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false) is string json
            ? JsonSerializer.Deserialize<Story>(json, RecordJson.Options) ?? throw new StoreException($"{Path}: story {id} is empty; re-run `marsad stories --rebuild`")
            : null;
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        async Task<long> Count(string table)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
        return new StoreCounts(await Count("articles").ConfigureAwait(false), await Count("records").ConfigureAwait(false),
            await Count("entities").ConfigureAwait(false), await Count("events").ConfigureAwait(false), await Count("stories").ConfigureAwait(false));
    }

    /// <summary>Runs SQLite's own consistency check; "ok" when the file is sound.</summary>
    public async Task<string> IntegrityCheckAsync(CancellationToken cancel = default)
    {
        await using var conn = await OpenReaderAsync(cancel).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(await cmd.ExecuteScalarAsync(cancel).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Folds the WAL back into the main file (after a large ingest) so the file size is the data size.</summary>
    public async Task CheckpointAsync(CancellationToken cancel = default)
    {
        await _writeLock.WaitAsync(cancel).ConfigureAwait(false);
        try { await ExecuteAsync(_writer, "PRAGMA wal_checkpoint(TRUNCATE)", cancel).ConfigureAwait(false); }
        finally { _writeLock.Release(); }
    }

    private static string EventWhere(RecordFilter filter, SqliteCommand cmd, string alias)
    {
        var clauses = new List<string> { "1 = 1" };
        if (filter.Type is not null) { clauses.Add($"{alias}.type = $type"); cmd.Parameters.AddWithValue("$type", filter.Type.ToUpperInvariant()); }
        if (filter.Actor is not null) { clauses.Add($"({alias}.actor1_id = $actor OR {alias}.actor2_id = $actor)"); cmd.Parameters.AddWithValue("$actor", filter.Actor); }
        if (filter.Place is not null) { clauses.Add($"{alias}.place_id = $place"); cmd.Parameters.AddWithValue("$place", filter.Place); }
        if (filter.From is not null) { clauses.Add($"{alias}.effective_date >= $efrom"); cmd.Parameters.AddWithValue("$efrom", filter.From); }
        if (filter.To is not null) { clauses.Add($"{alias}.effective_date <= $eto"); cmd.Parameters.AddWithValue("$eto", ToInclusiveEnd(filter.To)); }
        return "WHERE " + string.Join(" AND ", clauses);
    }

    /// <summary>"2015-08" as an upper bound must include "2015-08-31": pad so prefix dates compare inclusively.</summary>
    internal static string ToInclusiveEnd(string to) => to.Length < 10 ? to + "\uffff" : to;

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancel)
    {
        var conn = new SqliteConnection(_connectionString);
        await conn.OpenAsync(cancel).ConfigureAwait(false);
        return conn;
    }

    private async Task ExecuteAsync(SqliteConnection conn, string sql, CancellationToken cancel)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(cancel).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }
}
