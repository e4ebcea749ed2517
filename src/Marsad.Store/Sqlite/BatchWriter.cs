using System.Runtime.InteropServices;
using Marsad.Extract.Records;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>
/// Writes articles inside one open transaction with prepared commands reused across the batch. An
/// article replaces any earlier copy of itself: the row is upserted and its entity and event rows
/// are deleted and rewritten, so a re-run after a crash converges on exactly one copy.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly SqliteCommand _article, _record, _deleteEntities, _deleteEvents, _entity, _event;

    public BatchWriter(SqliteConnection conn, SqliteTransaction tx)
    {
        SqliteCommand Make(string sql)
        {
            var c = conn.CreateCommand();
            c.Transaction = tx;
            c.CommandText = sql;
            return c;
        }
        _article = Make("""
            INSERT INTO articles (id, source_id, origin, outlet, published, url, title, text_length, pipeline_version, fingerprint, indexed, ingested_at)
            VALUES ($id, $source, $origin, $outlet, $published, $url, $title, $length, $version, $fingerprint, 0, $at)
            ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, origin = excluded.origin, outlet = excluded.outlet,
                published = excluded.published, url = excluded.url, title = excluded.title, text_length = excluded.text_length,
                pipeline_version = excluded.pipeline_version, fingerprint = excluded.fingerprint, indexed = 0, ingested_at = excluded.ingested_at
            """);
        _record = Make("""
            INSERT INTO records (article_id, format, pipeline_version, json) VALUES ($id, $format, $version, $json)
            ON CONFLICT (article_id) DO UPDATE SET format = excluded.format, pipeline_version = excluded.pipeline_version, json = excluded.json
            """);
        _deleteEntities = Make("DELETE FROM entities WHERE article_id = $id");
        _deleteEvents = Make("DELETE FROM events WHERE article_id = $id");
        _entity = Make("""
            INSERT INTO entities (article_id, ordinal, start_cp, end_cp, type, entity_id, name_en, surface)
            VALUES ($id, $ord, $start, $end, $type, $eid, $name, $surface)
            """);
        _event = Make("""
            INSERT INTO events (article_id, ordinal, type, mode, status, actor1_id, actor1_name, actor2_id, actor2_name, place_id, place_name,
                admin1, lat, lon, event_date, effective_date, fatalities, quantity, attributed_to)
            VALUES ($id, $ord, $type, $mode, $status, $a1, $a1n, $a2, $a2n, $place, $placen, $admin1, $lat, $lon, $date, $edate, $fat, $qty, $attr)
            """);
    }

    public void Write(StoredArticle a, string now)
    {
        var r = a.Record;
        Run(_article, ("$id", a.Id), ("$source", r.Id), ("$origin", a.Origin), ("$outlet", r.Outlet), ("$published", r.Published), ("$url", r.Url),
            ("$title", a.Title), ("$length", r.Text.Length), ("$version", a.PipelineVersion),
            ("$fingerprint", a.Fingerprint is null ? null : MemoryMarshal.AsBytes(a.Fingerprint.AsSpan()).ToArray()), ("$at", now));
        Run(_record, ("$id", a.Id), ("$format", r.Format ?? DocumentRecord.CurrentFormat), ("$version", a.PipelineVersion), ("$json", RecordJson.Serialize(r)));
        Run(_deleteEntities, ("$id", a.Id));
        Run(_deleteEvents, ("$id", a.Id));
        for (int i = 0; i < r.Entities.Count; i++)
        {
            var e = r.Entities[i];
            Run(_entity, ("$id", a.Id), ("$ord", i), ("$start", e.Start), ("$end", e.End), ("$type", e.Type), ("$eid", e.Id), ("$name", e.NameEn), ("$surface", e.Text));
        }
        var events = r.Events ?? [];
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Run(_event, ("$id", a.Id), ("$ord", i), ("$type", e.Type), ("$mode", e.Mode), ("$status", e.Status),
                ("$a1", e.Actor1?.Id), ("$a1n", e.Actor1?.NameEn), ("$a2", e.Actor2?.Id), ("$a2n", e.Actor2?.NameEn),
                ("$place", e.Location?.Id), ("$placen", e.Location?.NameEn), ("$admin1", e.Location?.Admin1),
                ("$lat", e.Location?.Lat), ("$lon", e.Location?.Lon), ("$date", e.Date), ("$edate", e.Date ?? r.Published),
                ("$fat", e.Fatalities), ("$qty", e.Quantity), ("$attr", e.AttributedTo));
        }
    }

    private static void Run(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        if (cmd.Parameters.Count == 0)
            foreach (var (name, _) in values) cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _article.Dispose(); _record.Dispose(); _deleteEntities.Dispose(); _deleteEvents.Dispose(); _entity.Dispose(); _event.Dispose();
    }
}
