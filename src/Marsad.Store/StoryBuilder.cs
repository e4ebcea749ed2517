using Marsad.Corpus;
using Marsad.Text.Resources;

namespace Marsad.Store;

/// <summary>
/// Recomputes the stories of a whole store: a first pass counts term document frequencies, a
/// second builds each article's compact story features (salient terms, fingerprint, entities,
/// events), then <see cref="StoryClusterer"/> clusters and the stories replace the stored ones.
/// </summary>
public static class StoryBuilder
{
    public static async Task<int> RebuildAsync(IRecordStore store, ResourceSet resources, CancellationToken cancel = default)
    {
        var options = StoryOptions.Load(resources);
        var documents = await LoadAsync(store, options, cancel).ConfigureAwait(false);
        var stories = new StoryClusterer(options).Cluster(documents);
        await store.ReplaceStoriesAsync(stories, cancel).ConfigureAwait(false);
        return stories.Count;
    }

    /// <summary>The story features of every stored article (two streaming passes over the store).</summary>
    public static async Task<IReadOnlyList<StoryDocument>> LoadAsync(IRecordStore store, StoryOptions options, CancellationToken cancel = default)
    {
        var statistics = new TermStatistics();
        await foreach (var a in store.ReadAllAsync(RecordFilter.None, cancel).ConfigureAwait(false)) statistics.AddDocument(a.Record.Text);
        var documents = new List<StoryDocument>(statistics.Documents);
        await foreach (var a in store.ReadAllAsync(RecordFilter.None, cancel).ConfigureAwait(false))
            documents.Add(StoryDocument.From(a.Id, a.Record, a.Title, a.Fingerprint, statistics, options));
        return documents;
    }
}
