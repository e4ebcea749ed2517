using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Marsad.Store.Search;

/// <summary>
/// One segment's facet ordinals, read once from its doc values into flat arrays (per field: each
/// document's ordinals, and each ordinal's value as a string) and kept while the segment is open.
/// Counting a match is then array reads only, and naming the counted ordinals needs no doc-values
/// lookups or UTF-8 decoding per search. Fields follow <see cref="IndexFields.Facets"/>.
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>Per facet field, in <see cref="IndexFields.Facets"/> order.</summary>
    public FieldOrdinals[] Fields { get; }

    private SegmentFacets(AtomicReader reader) =>
        Fields = IndexFields.Facets.Select(f => f == IndexFields.Month ? FieldOrdinals.Single(reader, f) : FieldOrdinals.Multi(reader, f)).ToArray();

    /// <summary>The segment's facets; segments sharing a core (the same segment with new deletions) share one.</summary>
    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));
}

/// <summary>Document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>; ordinal o names <c>Values[o]</c>.</summary>
internal sealed class FieldOrdinals(int[] starts, int[] ordinals, string[] values)
{
    public int[] Starts { get; } = starts;
    public int[] Ordinals { get; } = ordinals;
    public string[] Values { get; } = values;

    public static FieldOrdinals Single(AtomicReader reader, string field)
    {
        var dv = reader.GetSortedDocValues(field);
        int max = reader.MaxDoc;
        var starts = new int[max + 1];
        var ords = new List<int>(max);
        for (int doc = 0; doc < max; doc++)
        {
            starts[doc] = ords.Count;
            int ord = dv?.GetOrd(doc) ?? -1;
            if (ord >= 0) ords.Add(ord);
        }
        starts[max] = ords.Count;
        return new FieldOrdinals(starts, ords.ToArray(), Names(dv is null ? 0 : dv.ValueCount, (o, into) => dv!.LookupOrd(o, into)));
    }

    public static FieldOrdinals Multi(AtomicReader reader, string field)
    {
        var dv = reader.GetSortedSetDocValues(field);
        int max = reader.MaxDoc;
        var starts = new int[max + 1];
        var ords = new List<int>(max);
        for (int doc = 0; doc < max; doc++)
        {
            starts[doc] = ords.Count;
            if (dv is null) continue;
            dv.SetDocument(doc);
            long ord;
            while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        starts[max] = ords.Count;
        return new FieldOrdinals(starts, ords.ToArray(), Names(dv is null ? 0 : (int)dv.ValueCount, (o, into) => dv!.LookupOrd(o, into)));
    }

    private static string[] Names(int count, Action<int, BytesRef> lookup)
    {
        var names = new string[count];
        var scratch = new BytesRef();
        for (int o = 0; o < count; o++)
        {
            lookup(o, scratch);
            names[o] = scratch.Utf8ToString();
        }
        return names;
    }
}
