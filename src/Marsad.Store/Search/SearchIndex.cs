using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Marsad.Store.Search;

/// <summary>
/// Keeps the Lucene index beside a database (<c>marsad.db.index/</c>) in step with the store: takes
/// every article the store reports as not yet indexed, replaces its document by id, commits, then
/// tells the store. A crash between the two only makes the next run index those articles again.
/// </summary>
public static class SearchIndex
{
    /// <summary>Index folder for a database path.</summary>
    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".index";

    /// <summary>Articles per index commit.</summary>
    private const int CommitEvery = 2000;

    /// <summary>Indexes what the store has not yet indexed; <paramref name="rebuild"/> starts from an empty index. Returns the number of articles indexed.</summary>
    public static async Task<long> UpdateAsync(IRecordStore store, string indexPath, bool rebuild = false, Action<long>? progress = null, CancellationToken cancel = default)
    {
        if (rebuild) await store.ResetIndexedAsync(cancel).ConfigureAwait(false);
        using var dir = FSDirectory.Open(indexPath);
        using var analyzer = new MarsadArabicAnalyzer();
        var config = new IndexWriterConfig(MarsadArabicAnalyzer.Version, analyzer)
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(dir, config);
        var pending = new List<string>(CommitEvery);
        long total = 0;
        await foreach (var a in store.ReadUnindexedAsync(cancel).ConfigureAwait(false))
        {
            writer.UpdateDocument(new Term(IndexFields.Id, a.Id), IndexFields.ToDocument(a));
            pending.Add(a.Id);
            if (pending.Count == CommitEvery)
            {
                writer.Commit();
                await store.MarkIndexedAsync(pending, cancel).ConfigureAwait(false);
                total += pending.Count;
                pending.Clear();
                progress?.Invoke(total);
            }
        }
        writer.Commit();
        await store.MarkIndexedAsync(pending, cancel).ConfigureAwait(false);
        total += pending.Count;
        progress?.Invoke(total);
        return total;
    }
}
