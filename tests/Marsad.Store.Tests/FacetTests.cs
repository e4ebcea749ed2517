using System.Text.RegularExpressions;
using Marsad.Extract.Pipeline;
using Marsad.Ingest.Sources;
using Marsad.Store.Ingestion;
using Marsad.Store.Search;
using Marsad.Store.Sqlite;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;

namespace Marsad.Store.Tests;

/// <summary>
/// Facet counts (counted from ordinals numbered across segments, <see cref="ReaderFacets"/>) against a
/// count made another way: the number of matches of the query filtered to that value, which Lucene
/// answers from the inverted index, not from doc values.
/// </summary>
public class FacetTests
{
    private static readonly Pipeline Pipeline = new(ResourceSet.Shipped);

    [Fact]
    public async Task Facet_counts_equal_the_matches_filtered_to_each_value_across_segments()
    {
        var dir = Fixtures.TempDir();
        var index = SearchIndex.PathFor(Path.Combine(dir, "marsad.db"));
        await using var store = await SqliteRecordStore.OpenAsync(Path.Combine(dir, "marsad.db"));
        // Two index updates, the second smaller than the first (so not merged into it): two segments whose
        // ordinals differ for the same value.
        await new Ingestor(Pipeline, store, new IngestOptions()).RunAsync(ArticleSources.Open([SharedData.Samples("articles")]));
        await SearchIndex.UpdateAsync(store, index);
        await store.UpsertBatchAsync([Fixtures.Stored(Fixtures.Shelling()), Fixtures.Stored(Fixtures.Protest()), Fixtures.Stored(Fixtures.Meeting())]);
        await SearchIndex.UpdateAsync(store, index);

        using var searcher = new ArticleSearcher(index);
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(index)))
            Assert.True(reader.Leaves.Count >= 2, "the test needs more than one segment");
        var words = Directory.GetFiles(SharedData.Samples("articles"), "*.txt").SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\p{L}{4,}").Select(m => m.Value));
        var queries = words.Distinct(StringComparer.Ordinal).Where((_, i) => i % 25 == 0).Prepend("دمشق").Prepend("*").ToList();
        int checkedCounts = 0;
        foreach (var q in queries)
        {
            var result = searcher.Search(new SearchRequest(q, RecordFilter.None));
            foreach (var (field, counts) in result.Facets)
            {
                foreach (var c in counts)
                {
                    Assert.Equal(Filtered(searcher, q, field, c.Value), c.Count);
                    checkedCounts++;
                }
                if (field == "month")
                    Assert.Equal(counts.Select(c => c.Value).Order(StringComparer.Ordinal), counts.Select(c => c.Value));
                else
                    Assert.True(counts.Zip(counts.Skip(1)).All(p => p.First.Count > p.Second.Count
                        || (p.First.Count == p.Second.Count && string.CompareOrdinal(p.First.Value, p.Second.Value) < 0)), $"{field} counts of '{q}' out of order");
            }
        }
        Assert.True(checkedCounts > 100, $"only {checkedCounts} facet counts checked");
    }

    private static int Filtered(ArticleSearcher searcher, string q, string field, string value)
    {
        var filter = field switch
        {
            "actor" => new RecordFilter { Actor = value },
            "place" => new RecordFilter { Place = value },
            "type" => new RecordFilter { Type = value },
            "month" => new RecordFilter { From = value, To = value },
            _ => throw new ArgumentException(field),
        };
        return searcher.Search(new SearchRequest(q, filter)).Total;
    }
}
