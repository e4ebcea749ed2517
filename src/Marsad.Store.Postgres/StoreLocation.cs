using Marsad.Store.Search;
using Marsad.Store.Sqlite;

namespace Marsad.Store.Postgres;

/// <summary>
/// Which store a command reads: the embedded SQLite file (<c>--db</c>, the default) or PostgreSQL
/// (<c>--pg CONN</c>, which wins when given), and where its local search index lives. One place, so
/// that serve, search, stories and export open a store the same way.
/// </summary>
/// <param name="Database">SQLite database file.</param>
/// <param name="Postgres">PostgreSQL connection string; when set it is used instead of <paramref name="Database"/>.</param>
/// <param name="IndexPath">Search index folder; by default beside the SQLite database, or ./marsad-pg.index for PostgreSQL.</param>
public sealed record StoreLocation(string Database, string? Postgres = null, string? IndexPath = null)
{
    /// <summary>Index folder for PostgreSQL when none is given: the store is remote, the index is local to this machine.</summary>
    public const string DefaultPostgresIndex = "marsad-pg.index";

    public bool IsPostgres => Postgres is not null;

    public string ResolvedIndexPath => IndexPath ?? (Postgres is null ? SearchIndex.PathFor(Database) : Path.GetFullPath(DefaultPostgresIndex));

    /// <summary>Opens (and migrates) the store; the display names it in messages, never with a password.</summary>
    public async Task<(IRecordStore Store, string Display)> OpenAsync(CancellationToken cancel = default)
    {
        if (Postgres is not null)
        {
            var pg = await PostgresRecordStore.OpenAsync(Postgres, cancel).ConfigureAwait(false);
            return (pg, "PostgreSQL " + pg.Display);
        }
        var sqlite = await SqliteRecordStore.OpenAsync(Database, cancel).ConfigureAwait(false);
        return (sqlite, Path.GetFullPath(Database));
    }
}
