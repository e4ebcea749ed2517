using Marsad.Store;
using Marsad.Store.Postgres;
using Marsad.Store.Search;
using Marsad.Text.Resources;

namespace Marsad.Server;

/// <summary>
/// The store and search index the server reads, opened once at start-up. The local Lucene index is
/// brought in step with the store first (issue 9: with PostgreSQL the index is rebuilt or updated from
/// the store), and the stories are recomputed when the store holds articles they have not seen
/// (PostgreSQL's workers write articles but never stories; <c>marsad ingest</c> rebuilds them itself).
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

    /// <summary>Stories recomputed at start-up (null when they were already up to date).</summary>
    public int? StoriesRebuilt { get; private init; }

    public static async Task<StoreHost> OpenAsync(ServerOptions options, CancellationToken cancel = default)
    {
        var location = options.Location;
        var (store, display) = await location.OpenAsync(cancel).ConfigureAwait(false);
        try
        {
            string index = location.ResolvedIndexPath;
            long indexed = await SearchIndex.SyncAsync(store, index, cancel: cancel).ConfigureAwait(false);
            int? stories = await RefreshStoriesAsync(store, indexed, options.Resources, cancel).ConfigureAwait(false);
            ArticleSearcher? searcher = null;
            try
            {
                searcher = new ArticleSearcher(index);
            }
            catch (StoreException)
            {
                // An empty store has no index yet; search answers with an empty result until it has one.
            }
            return new StoreHost(store, searcher, index, display) { StoriesRebuilt = stories };
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Rebuilds the stories when the index has just taken articles (they are new to this process, and
    /// may be new to the stories) or when the store has articles but no stories at all. Returns the
    /// number of stories, or null when nothing was rebuilt.
    /// </summary>
    public static async Task<int?> RefreshStoriesAsync(IRecordStore store, long newlyIndexed, IReadOnlyList<string> resources, CancellationToken cancel = default)
    {
        var counts = await store.CountAsync(cancel).ConfigureAwait(false);
        if (counts.Articles == 0 || (newlyIndexed == 0 && counts.Stories > 0)) return null;
        var set = resources.Count > 0 ? new ResourceSet(resources) : ResourceSet.Shipped;
        return await StoryBuilder.RebuildAsync(store, set, cancel).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        Searcher?.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
