using Marsad.Extract.Entities;
using Marsad.Extract.Events;
using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Extract.Times;
using Marsad.Ingest;
using Marsad.Ingest.Cleaning;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Pipeline;

/// <summary>
/// The whole flow for one article, wired in one place (architecture.md): clean → analyse text →
/// entities → times → places → events → record. Resources are loaded once in the constructor;
/// <see cref="Process"/> is thread-safe and may be called from many threads.
/// </summary>
public sealed class Pipeline
{
    /// <summary>Bumped when a change alters records for the same input, so stores can re-process.</summary>
    public const string Version = "0.2.2";

    public Pipeline(ResourceSet resources, PipelineOptions? options = null)
    {
        Resources = resources;
        var kb = Knowledge = KnowledgeBase.Load(resources);
        var matcher = new KnowledgeBaseMentions(new MentionMatcher(kb));
        _entities = new EntityRecognizer(NerTagger.Load(resources), matcher, new KnowledgeBaseLinker(new EntityLinker(kb)), FacilityNames.Load(resources));
        _times = new TimeExtractor(resources, referenceDate: options?.ReferenceDate);
        _events = new EventExtractor(EventResources.Load(resources));
        _cleaner = ScrapedTextCleaner.Load(resources);
        _abbreviations = Abbreviations.Load(resources);
        _options = options ?? new PipelineOptions();
    }

    private readonly PipelineOptions _options;

    private readonly Abbreviations _abbreviations;
    private readonly ScrapedTextCleaner _cleaner;
    private readonly EntityRecognizer _entities;
    private readonly TimeExtractor _times;
    private readonly EventExtractor _events;

    public ResourceSet Resources { get; }

    /// <summary>The knowledge base the pipeline links against, shared with readers of records (exports name a place's country from it).</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Runs every stage over one article and returns its document record.</summary>
    /// <exception cref="TimeBudgetExceededException">The document took longer than <see cref="PipelineOptions.TimeBudget"/>.</exception>
    public DocumentRecord Process(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var deadline = DocumentDeadline.Start(_options.TimeBudget, _options.Clock);
        var layout = article.Layout ?? _cleaner.Clean(article);
        deadline.ThrowIfPassed("cleaning");
        var doc = new DocumentContext(article, layout, TextAnalyzer.Analyse(article.Text, _abbreviations))
        {
            Published = article.Published,
        };
        deadline.ThrowIfPassed("text analysis");
        doc.Entities = _entities.Recognise(doc);
        deadline.ThrowIfPassed("entity recognition");
        if (_options.Stages.HasFlag(PipelineStages.Times)) _times.Extract(doc);
        deadline.ThrowIfPassed("time extraction");
        // Events read everything before them (entities, times, places): keep this stage last.
        if (_options.Stages.HasFlag(PipelineStages.Events))
        {
            // The event stage names actors and places by id and span; their names and coordinates come from
            // the knowledge base and the place stage, so exports need not join events to entities.
            var events = EventPlaceCoordinates.Fill(_events.Extract(doc), doc.Entities);
            doc.Events = EventActorNames.Fill(events, Knowledge);
        }
        deadline.ThrowIfPassed("event extraction");
        return RecordBuilder.Build(doc);
    }
}
