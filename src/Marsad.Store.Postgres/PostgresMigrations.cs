namespace Marsad.Store.Postgres;

/// <summary>
/// The PostgreSQL schema: the same logical tables as the SQLite store (articles, records, entities,
/// events, stories, story_articles) in PostgreSQL types, as ordered versioned migrations recorded in
/// <c>schema_version</c>. Never edit a shipped migration: add one.
/// </summary>
internal static class PostgresMigrations
{
    public static readonly (int Version, string Name, string Sql)[] All =
    [
        (1, "articles, records, entities, events, stories", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                source_id TEXT NOT NULL,
                origin TEXT NOT NULL,
                outlet TEXT,
                published TEXT,
                url TEXT,
                title TEXT NOT NULL,
                text_length INTEGER NOT NULL,
                pipeline_version TEXT NOT NULL,
                fingerprint BYTEA,
                indexed BOOLEAN NOT NULL DEFAULT FALSE,
                ingested_at TIMESTAMPTZ NOT NULL
            );
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_source ON articles(source_id);
            CREATE INDEX articles_unindexed ON articles(indexed) WHERE NOT indexed;
            CREATE TABLE records (
                article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                format TEXT NOT NULL,
                pipeline_version TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE entities (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                start_cp INTEGER NOT NULL,
                end_cp INTEGER NOT NULL,
                type TEXT NOT NULL,
                entity_id TEXT,
                name_en TEXT,
                surface TEXT,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX entities_entity ON entities(entity_id);
            CREATE TABLE events (
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                type TEXT NOT NULL,
                mode TEXT,
                status TEXT,
                actor1_id TEXT,
                actor1_name TEXT,
                actor2_id TEXT,
                actor2_name TEXT,
                place_id TEXT,
                place_name TEXT,
                admin1 TEXT,
                lat DOUBLE PRECISION,
                lon DOUBLE PRECISION,
                event_date TEXT,
                effective_date TEXT,
                fatalities INTEGER,
                quantity INTEGER,
                attributed_to TEXT,
                PRIMARY KEY (article_id, ordinal)
            );
            CREATE INDEX events_type ON events(type);
            CREATE INDEX events_date ON events(effective_date);
            CREATE INDEX events_actor1 ON events(actor1_id);
            CREATE INDEX events_actor2 ON events(actor2_id);
            CREATE INDEX events_place ON events(place_id);
            CREATE TABLE stories (
                id TEXT PRIMARY KEY,
                first_date TEXT,
                last_date TEXT,
                title TEXT NOT NULL,
                size INTEGER NOT NULL,
                json TEXT NOT NULL
            );
            CREATE TABLE story_articles (
                story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                article_id TEXT NOT NULL,
                duplicate_of TEXT,
                PRIMARY KEY (story_id, article_id)
            );
            CREATE INDEX story_articles_article ON story_articles(article_id);
            """),
    ];

    public static int Latest => All[^1].Version;
}
