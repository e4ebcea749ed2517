using Marsad.Store;
using Marsad.Store.Postgres;
using Marsad.Store.Search;
using Marsad.Store.Sqlite;

namespace Marsad.Server;

/// <summary>
/// The store and search index the server reads, opened once at start-up. With PostgreSQL the local
/// Lucene index is brought up to date from the store before serving (issue 9: the index is rebuilt
/// or updated from the store).
/// </summary>
public sealed class StoreHost : IAsyncDisposable
{
    private StoreHost(IRecordStore store, ArticleSearcher? searcher, string indexPath, string display)
    {
        Store = store;
        Searcher = searcher;
        IndexPath = indexPath;
        Display = display;
    }

    public IRecordStore Store { get; }
    /// <summary>Null when the store is empty and no index exists yet.</summary>
    public ArticleSearcher? Searcher { get; }
    public string IndexPath { get; }
    public string Display { get; }

    public static async Task<StoreHost> OpenAsync(ServerOptions options, CancellationToken cancel = default)
    {
        IRecordStore store;
        string display;
        if (options.Postgres is not null)
        {
            var pg = await PostgresRecordStore.OpenAsync(options.Postgres, cancel).ConfigureAwait(false);
            store = pg;
            display = "PostgreSQL " + pg.Display;
        }
        else
        {
            store = await SqliteRecordStore.OpenAsync(options.Database, cancel).ConfigureAwait(false);
            display = Path.GetFullPath(options.Database);
        }
        string index = options.ResolvedIndexPath;
        await SearchIndex.UpdateAsync(store, index, cancel: cancel).ConfigureAwait(false);
        ArticleSearcher? searcher = null;
        try
        {
            searcher = new ArticleSearcher(index);
        }
        catch (StoreException)
        {
            // An empty store has no index yet; search answers with an empty result until it has one.
        }
        return new StoreHost(store, searcher, index, display);
    }

    public async ValueTask DisposeAsync()
    {
        Searcher?.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
