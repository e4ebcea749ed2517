using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>
/// The whole shipped pipeline, loaded once for every test class that runs sentences of its own
/// through it (held-out event, linking and stage tests), and the assertions they share.
/// </summary>
internal static class HeldOutPipeline
{
    private static readonly Lazy<Pipeline.Pipeline> Shared = new(() => new Pipeline.Pipeline(ResourceSet.Shipped));

    public static Pipeline.Pipeline Instance => Shared.Value;

    /// <summary>One article of <paramref name="text"/> published on <paramref name="published"/>, through the whole pipeline.</summary>
    public static DocumentRecord Run(string text, DateOnly published, string id = "held-out") =>
        Shared.Value.Process(new Article(id, text, "test") { Published = published });

    /// <summary>The one event of <paramref name="type"/>; fails listing what was found otherwise.</summary>
    public static EventRecord Single(DocumentRecord r, string type)
    {
        var of = (r.Events ?? []).Where(e => e.Type == type).ToArray();
        Assert.True(of.Length == 1, $"expected one {type}, got: {string.Join(", ", (r.Events ?? []).Select(e => e.Type + ":" + e.Trigger.Text))}");
        return of[0];
    }
}
