namespace Marsad.Ingest;

/// <summary>
/// What a source yields for each item it meets: an article, or a failure naming the item and the
/// reason, so that one bad file or record never stops a batch.
/// </summary>
public abstract record ReadResult(string Origin)
{
    public sealed record Read(Article Article) : ReadResult(Article.Origin);
    /// <summary>An item that could not be read; <paramref name="Reason"/> is one line a user can act on.</summary>
    public sealed record Failed(string Origin, string Reason) : ReadResult(Origin);
}
