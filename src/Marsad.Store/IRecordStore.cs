using Marsad.Corpus;

namespace Marsad.Store;

/// <summary>
/// Where document records live. The embedded implementation is <see cref="Sqlite.SqliteRecordStore"/>;
/// a PostgreSQL one satisfies the same contract (issue 9). Every write is idempotent on the article's
/// content-hash key, so a killed writer re-run stores every article exactly once. Implementations keep
/// their SQL portable: plain tables, <c>INSERT … ON CONFLICT … DO UPDATE</c>, no engine-only types.
/// </summary>
public interface IRecordStore : IAsyncDisposable
{
    /// <summary>Pipeline version of each of <paramref name="ids"/> already stored; ids not stored are absent.</summary>
    Task<IReadOnlyDictionary<string, string>> GetPipelineVersionsAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default);

    /// <summary>Inserts or replaces a batch of articles with their records, entities and events in one transaction.</summary>
    Task UpsertBatchAsync(IReadOnlyList<StoredArticle> batch, CancellationToken cancel = default);

    /// <summary>The stored article with this key (or, failing that, this source id), or null.</summary>
    Task<StoredArticle?> GetAsync(string id, CancellationToken cancel = default);

    /// <summary>Events matching the filter, in (date, article, ordinal) order, streamed.</summary>
    IAsyncEnumerable<StoredEvent> QueryEventsAsync(RecordFilter filter, CancellationToken cancel = default);

    /// <summary>Every stored article matching the filter (an article matches an event filter when one of its events does), streamed in key order.</summary>
    IAsyncEnumerable<StoredArticle> ReadAllAsync(RecordFilter filter, CancellationToken cancel = default);

    /// <summary>Articles written since the search index last took them, streamed.</summary>
    IAsyncEnumerable<StoredArticle> ReadUnindexedAsync(CancellationToken cancel = default);

    /// <summary>Records that the search index now holds these articles.</summary>
    Task MarkIndexedAsync(IReadOnlyCollection<string> ids, CancellationToken cancel = default);

    /// <summary>Marks every article as not yet indexed (before an index rebuild).</summary>
    Task ResetIndexedAsync(CancellationToken cancel = default);

    /// <summary>Replaces all stories with these (stories are recomputed over the whole store).</summary>
    Task ReplaceStoriesAsync(IReadOnlyList<Story> stories, CancellationToken cancel = default);

    /// <summary>Stories whose dates overlap [from, to] (either may be null), largest first.</summary>
    Task<IReadOnlyList<Story>> ListStoriesAsync(string? from, string? to, CancellationToken cancel = default);

    /// <summary>The story with this id, or null; one primary-key read (the API's story view must not load them all).</summary>
    Task<Story?> GetStoryAsync(string id, CancellationToken cancel = default);

    Task<StoreCounts> CountAsync(CancellationToken cancel = default);
}
