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

    /// <summary>
    /// Brings a local index in step with a store that other processes write and other indexes read
    /// (PostgreSQL: the store's "indexed" flag is shared by every machine's index folder, so a new or
    /// stale folder cannot trust it). A missing index is built from scratch; an index that, once
    /// updated, does not hold one document per stored article is rebuilt. Returns articles indexed.
    /// </summary>
    public static async Task<long> SyncAsync(IRecordStore store, string indexPath, Action<long>? progress = null, CancellationToken cancel = default)
    {
        long n = await UpdateAsync(store, indexPath, rebuild: !Exists(indexPath), progress, cancel).ConfigureAwait(false);
        var counts = await store.CountAsync(cancel).ConfigureAwait(false);
        if (DocumentCount(indexPath) != counts.Articles)
            n = await UpdateAsync(store, indexPath, rebuild: true, progress, cancel).ConfigureAwait(false);
        return n;
    }

    /// <summary>True when the folder holds a committed Lucene index.</summary>
    public static bool Exists(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return false;
        using var dir = FSDirectory.Open(indexPath);
        return DirectoryReader.IndexExists(dir);
    }

    /// <summary>True when the committed index was written with the current document layout (<see cref="IndexFields.Format"/>).</summary>
    public static bool IsCurrentFormat(string indexPath)
    {
        using var dir = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(dir);
        return reader.IndexCommit.UserData.TryGetValue(IndexFields.FormatKey, out var format) && format == IndexFields.Format;
    }

    private static long DocumentCount(string indexPath)
    {
        using var dir = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(dir);
        return reader.NumDocs;
    }

    /// <summary>
    /// Indexes what the store has not yet indexed; <paramref name="rebuild"/> starts from an empty index,
    /// and so does an index written with an older document layout (appending to it would mix layouts).
    /// Returns the number of articles indexed.
    /// </summary>
    public static async Task<long> UpdateAsync(IRecordStore store, string indexPath, bool rebuild = false, Action<long>? progress = null, CancellationToken cancel = default)
    {
        if (!rebuild && Exists(indexPath) && !IsCurrentFormat(indexPath)) rebuild = true;
        if (rebuild) await store.ResetIndexedAsync(cancel).ConfigureAwait(false);
        using var dir = FSDirectory.Open(indexPath);
        using var analyzer = new MarsadArabicAnalyzer();
        var config = new IndexWriterConfig(MarsadArabicAnalyzer.Version, analyzer)
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(dir, config);
        writer.SetCommitData(new Dictionary<string, string> { [IndexFields.FormatKey] = IndexFields.Format });
        int before = writer.NumDocs;
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
        // One segment when this update at least doubled the index (a first build or a rebuild): a search
        // then looks each term up, and allocates its postings readers, once instead of once per segment,
        // which measured 410 instead of 637 kB allocated and ~25 % less CPU per search on the 31k corpus.
        // Smaller updates leave merging to the merge policy, so a few new articles never rewrite the index.
        if (total + pending.Count >= Math.Max(1, before)) writer.ForceMerge(1);
        writer.Commit();
        await store.MarkIndexedAsync(pending, cancel).ConfigureAwait(false);
        total += pending.Count;
        progress?.Invoke(total);
        return total;
    }
}
