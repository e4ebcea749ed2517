using Marsad.Extract.Events;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Tests.Shared;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>
/// The sample gold as event-stage input: each article with the gold layout, entities, times and
/// publication date injected into its <see cref="DocumentContext"/>, so the event rules can be
/// tuned and tested without the entity and time stages.
/// </summary>
internal static class EventGold
{
    public static EventResources Resources { get; } = EventResources.Load(ResourceSet.Shipped);

    public static IReadOnlyList<DocumentRecord> Records { get; } = File.ReadAllLines(SharedData.Samples("gold", "seeds.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select((l, i) => RecordJson.Parse(l, $"seeds.jsonl:{i + 1}"))
        .ToArray();

    /// <summary>A context for the gold record's text with its gold layers (offsets converted to UTF-16).</summary>
    public static DocumentContext ContextWithGold(DocumentRecord gold)
    {
        var map = new CodePointMap(gold.Text);
        TextSpan Span(SpanRecord s) => new(map.ToUtf16(s.Start), map.ToUtf16(s.End));
        var layout = new ArticleLayout(gold.Title is null ? null : Span(gold.Title), gold.Body.Select(Span).ToArray(), gold.Outlet);
        var article = new Article(gold.Id, gold.Text, "seeds.jsonl") { Layout = layout };
        return new DocumentContext(article, layout, TextAnalyzer.Analyse(gold.Text))
        {
            Entities = gold.Entities.Select(e => e with { Start = map.ToUtf16(e.Start), End = map.ToUtf16(e.End) }).ToArray(),
            Times = gold.Times.Select(t => t with { Start = map.ToUtf16(t.Start), End = map.ToUtf16(t.End) }).ToArray(),
            Published = gold.Published is string p ? DateOnly.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>Runs the extractor over every gold sample with gold layers and scores it.</summary>
    public static EventScoring ScoreWithGoldLayers()
    {
        var extractor = new EventExtractor(Resources);
        var scoring = new EventScoring();
        foreach (var gold in Records)
        {
            if (gold.Events is null) continue;
            var doc = ContextWithGold(gold);
            var events = extractor.Extract(doc);
            var map = new CodePointMap(gold.Text);
            var cp = events.Select(e => e with
            {
                Evidence = new SpanRecord(map.ToCodePoint(e.Evidence.Start), map.ToCodePoint(e.Evidence.End)),
                Trigger = new SpanRecord(map.ToCodePoint(e.Trigger.Start), map.ToCodePoint(e.Trigger.End)),
                Actor1 = e.Actor1 is null ? null : e.Actor1 with { Start = e.Actor1.Start is int a ? map.ToCodePoint(a) : null, End = e.Actor1.End is int b ? map.ToCodePoint(b) : null },
                Actor2 = e.Actor2 is null ? null : e.Actor2 with { Start = e.Actor2.Start is int c ? map.ToCodePoint(c) : null, End = e.Actor2.End is int d ? map.ToCodePoint(d) : null },
                Location = e.Location is null ? null : e.Location with { Start = e.Location.Start is int f ? map.ToCodePoint(f) : null, End = e.Location.End is int g ? map.ToCodePoint(g) : null },
            }).ToArray();
            scoring.Add(gold, cp);
        }
        return scoring;
    }
}
