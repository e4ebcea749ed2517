namespace Marsad.Server;

/// <summary>How <c>marsad serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>SQLite database (the default store).</summary>
    public string Database { get; init; } = "marsad.db";
    /// <summary>PostgreSQL connection string; when set it is used instead of <see cref="Database"/>.</summary>
    public string? Postgres { get; init; }
    /// <summary>Search index folder; by default beside the SQLite database, or ./marsad-pg.index for PostgreSQL.</summary>
    public string? IndexPath { get; init; }
    /// <summary>Loopback by default: exposing the API is a deliberate act (<c>--host 0.0.0.0</c>).</summary>
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 8080;
    /// <summary>Largest body <c>POST /api/extract</c> takes; 2 MB holds any news article and its page, larger gets 413.</summary>
    public long MaxExtractBytes { get; init; } = 2 * 1024 * 1024;
    /// <summary>Extra resource folders for the pipeline behind <c>POST /api/extract</c>.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The store and index these options name, opened the way every store command opens them.</summary>
    public Marsad.Store.Postgres.StoreLocation Location => new(Database, Postgres, IndexPath);

    public string ResolvedIndexPath => Location.ResolvedIndexPath;
}
