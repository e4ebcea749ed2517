using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Marsad.Store.Search;

/// <summary>The fields of one indexed article and how a stored article fills them.</summary>
internal static class IndexFields
{
    public const string Id = "id", Title = "title", Text = "text", Outlet = "outlet", Published = "published",
        Actor = "actor", Place = "place", Type = "type", Month = "month", Hit = "hit", Window = "window";

    /// <summary>
    /// The body is indexed with each token's character offsets in the postings, so a hit's snippet can
    /// take the matched words' places from the index instead of re-analysing the text (<see cref="PostingsSnippets"/>).
    /// It is not stored: what a hit shows lives in the <see cref="Hit"/> doc value.
    /// </summary>
    private static readonly FieldType BodyType = new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    }.Freeze();

    /// <summary>Facet fields carry doc values with the same name so counts never read stored fields.</summary>
    public static readonly string[] Facets = [Actor, Place, Type, Month];

    /// <summary>
    /// Version of the document layout, kept in the index's commit data: an index written with another
    /// layout is rebuilt by <see cref="SearchIndex.UpdateAsync"/> instead of being read wrongly.
    /// 3: the plain layout, marked (2 carried body term vectors, which the vector highlighter read; in a
    /// Release build it cost more per hit than re-analysing the first 3,000 characters, so they went).
    /// 4: body offsets in the postings, body no longer stored; what a hit shows (id, title, outlet, date,
    /// the snippet window) in one uncompressed doc value, <see cref="Hit"/>.
    /// </summary>
    public const string Format = "4";

    /// <summary>Commit-data key under which <see cref="Format"/> is stored.</summary>
    public const string FormatKey = "marsad.search.format";

    public static Document ToDocument(StoredArticle a)
    {
        var r = a.Record;
        var doc = new Document
        {
            new StringField(Id, a.Id, Field.Store.YES),
            new TextField(Title, a.Title, Field.Store.YES),
            new Field(Text, r.Text, BodyType),
        };
        var shown = new HitFields(a.Id, a.Title, r.Outlet, r.Published, HitFields.WindowOf(r.Text));
        if (shown.Encode() is { } hit) doc.Add(new BinaryDocValuesField(Hit, new BytesRef(hit)));
        else doc.Add(new StoredField(Window, shown.Window));
        if (r.Outlet is not null) doc.Add(new StringField(Outlet, r.Outlet, Field.Store.YES));
        if (r.Published is not null)
        {
            doc.Add(new StringField(Published, r.Published, Field.Store.YES));
            if (r.Published.Length >= 7) AddFacet(doc, Month, r.Published[..7], multi: false);
        }
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in r.Entities)
        {
            if (e.Id is null) continue;
            if (e.Type == "LOC") places.Add(e.Id); else if (e.Type is "PER" or "ORG") actors.Add(e.Id);
        }
        foreach (var e in r.Events ?? [])
        {
            types.Add(e.Type);
            if (e.Actor1?.Id is { } a1) actors.Add(a1);
            if (e.Actor2?.Id is { } a2) actors.Add(a2);
            if (e.Location?.Id is { } p) places.Add(p);
        }
        foreach (var v in actors) AddFacet(doc, Actor, v, multi: true);
        foreach (var v in places) AddFacet(doc, Place, v, multi: true);
        foreach (var v in types) AddFacet(doc, Type, v, multi: true);
        return doc;
    }

    private static void AddFacet(Document doc, string field, string value, bool multi)
    {
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(multi ? new SortedSetDocValuesField(field, new BytesRef(value)) : new SortedDocValuesField(field, new BytesRef(value)));
    }
}
