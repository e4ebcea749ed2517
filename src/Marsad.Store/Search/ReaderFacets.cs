using Lucene.Net.Index;

namespace Marsad.Store.Search;

/// <summary>
/// Facet ordinals of a whole reader, numbered across its segments: each field's values in one sorted
/// array, and each segment's per-document ordinals mapped to that numbering once, when the searcher
/// opens. Counting a match then adds to one array per field, and naming the top counts is a pass over
/// that array instead of merging every segment's counts by value in dictionaries at every search.
/// </summary>
internal sealed class ReaderFacets
{
    /// <summary>Per field (in <see cref="IndexFields.Facets"/> order), the values, sorted ordinally.</summary>
    public string[][] Values { get; }

    /// <summary>Per segment (by its place among the reader's leaves, <c>AtomicReaderContext.Ord</c>) and field: document d's global ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public (int[] Starts, int[] Ordinals)[][] Segments { get; }

    public ReaderFacets(IndexReader reader)
    {
        var leaves = reader.Leaves;
        var segments = leaves.Select(l => SegmentFacets.For(l.AtomicReader)).ToArray();
        int fields = IndexFields.Facets.Length;
        Values = new string[fields][];
        Segments = leaves.Select(_ => new (int[], int[])[fields]).ToArray();
        for (int f = 0; f < fields; f++)
        {
            var values = segments.SelectMany(s => s.Fields[f].Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var global = new Dictionary<string, int>(values.Length, StringComparer.Ordinal);
            for (int i = 0; i < values.Length; i++) global[values[i]] = i;
            Values[f] = values;
            for (int s = 0; s < segments.Length; s++)
            {
                var field = segments[s].Fields[f];
                var map = field.Values.Select(v => global[v]).ToArray();
                Segments[s][f] = (field.Starts, field.Ordinals.Select(o => map[o]).ToArray());
            }
        }
    }

    /// <summary>
    /// The counted values of each field: month in date order, the others the <paramref name="top"/> most
    /// frequent, ties in value order.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Name(int[][] counts, int top)
    {
        var named = new Dictionary<string, IReadOnlyList<FacetCount>>(IndexFields.Facets.Length);
        for (int f = 0; f < IndexFields.Facets.Length; f++)
        {
            var values = Values[f];
            var c = counts[f];
            var list = new List<FacetCount>();
            if (IndexFields.Facets[f] == IndexFields.Month)
            {
                for (int o = 0; o < c.Length; o++)
                    if (c[o] != 0) list.Add(new FacetCount(values[o], c[o]));
            }
            else
            {
                // Ordinals ascending = values ascending, so an insertion that only moves past strictly
                // smaller counts keeps ties in value order.
                var best = new List<int>(top + 1);
                for (int o = 0; o < c.Length; o++)
                {
                    if (c[o] == 0 || (best.Count == top && c[best[^1]] >= c[o])) continue;
                    int at = best.Count;
                    while (at > 0 && c[best[at - 1]] < c[o]) at--;
                    best.Insert(at, o);
                    if (best.Count > top) best.RemoveAt(top);
                }
                foreach (int o in best) list.Add(new FacetCount(values[o], c[o]));
            }
            named[IndexFields.Facets[f]] = list.ToArray();
        }
        return named;
    }
}
