using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.VectorHighlight;

namespace Marsad.Store.Search;

/// <summary>
/// Builds snippet fragments (best-scored first, matches in &lt;b&gt;…&lt;/b&gt;) from a body the searcher
/// already loaded with the hit's other stored fields. The stock builder loads the stored document again,
/// and decompressing a long article's stored block was the largest single cost of a snippet. One per hit.
/// </summary>
internal sealed class LoadedBodyFragmentsBuilder(string field, string body) : ScoreOrderFragmentsBuilder
{
    protected override Field[] GetFields(IndexReader reader, int docId, string fieldName) =>
        fieldName == field ? [new StoredField(field, body)] : base.GetFields(reader, docId, fieldName);
}
