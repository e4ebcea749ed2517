using System.Runtime.InteropServices;
using Marsad.Extract.Records;
using Npgsql;

namespace Marsad.Store.Postgres;

/// <summary>
/// Adds one article's statements to a batch: the article and record rows upserted, its entity and
/// event rows deleted and rewritten, so a redelivered article converges on exactly one copy. The
/// rows are the same as the SQLite store's (Marsad.Store.Sqlite.BatchWriter).
/// </summary>
internal static class PostgresBatchWriter
{
    public static void Add(NpgsqlBatch batch, StoredArticle a, DateTimeOffset now)
    {
        var r = a.Record;
        Command(batch, """
            INSERT INTO articles (id, source_id, origin, outlet, published, url, title, text_length, pipeline_version, fingerprint, indexed, ingested_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, FALSE, $11)
            ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, origin = excluded.origin, outlet = excluded.outlet,
                published = excluded.published, url = excluded.url, title = excluded.title, text_length = excluded.text_length,
                pipeline_version = excluded.pipeline_version, fingerprint = excluded.fingerprint, indexed = FALSE, ingested_at = excluded.ingested_at
            """, a.Id, r.Id, a.Origin, r.Outlet, r.Published, r.Url, a.Title, r.Text.Length, a.PipelineVersion,
            a.Fingerprint is null ? null : MemoryMarshal.AsBytes(a.Fingerprint.AsSpan()).ToArray(), now);
        Command(batch, """
            INSERT INTO records (article_id, format, pipeline_version, json) VALUES ($1, $2, $3, $4)
            ON CONFLICT (article_id) DO UPDATE SET format = excluded.format, pipeline_version = excluded.pipeline_version, json = excluded.json
            """, a.Id, r.Format ?? DocumentRecord.CurrentFormat, a.PipelineVersion, RecordJson.Serialize(r));
        Command(batch, "DELETE FROM entities WHERE article_id = $1", a.Id);
        Command(batch, "DELETE FROM events WHERE article_id = $1", a.Id);
        for (int i = 0; i < r.Entities.Count; i++)
        {
            var e = r.Entities[i];
            Command(batch, "INSERT INTO entities (article_id, ordinal, start_cp, end_cp, type, entity_id, name_en, surface) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                a.Id, i, e.Start, e.End, e.Type, e.Id, e.NameEn, e.Text);
        }
        var events = r.Events ?? [];
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Command(batch, """
                INSERT INTO events (article_id, ordinal, type, mode, status, actor1_id, actor1_name, actor2_id, actor2_name, place_id, place_name,
                    admin1, lat, lon, event_date, effective_date, fatalities, quantity, attributed_to)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
                """, a.Id, i, e.Type, e.Mode, e.Status, e.Actor1?.Id, e.Actor1?.NameEn, e.Actor2?.Id, e.Actor2?.NameEn,
                e.Location?.Id, e.Location?.NameEn, e.Location?.Admin1, e.Location?.Lat, e.Location?.Lon, e.Date, e.Date ?? r.Published,
                e.Fatalities, e.Quantity, e.AttributedTo);
        }
    }

    private static void Command(NpgsqlBatch batch, string sql, params object?[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        PostgresRecordStore.AddValues(cmd, values);
        batch.BatchCommands.Add(cmd);
    }
}
