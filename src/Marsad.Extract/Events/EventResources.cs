using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>Everything the event stage reads from resources/events, loaded once.</summary>
public sealed class EventResources
{
    public EventResources(TriggerLexicon triggers, EventCues cues, DomainFilter? domains = null)
    {
        Triggers = triggers;
        Cues = cues;
        Domains = domains ?? new DomainFilter();
    }

    /// <summary>Sport, business and culture words that keep events out of such reports.</summary>
    public DomainFilter Domains { get; }

    public TriggerLexicon Triggers { get; }
    public EventCues Cues { get; }

    public static EventResources Load(ResourceSet resources)
    {
        var cues = EventCues.Load(resources);
        return new(TriggerLexicon.Load(resources, cues.UseImportedTriggers), cues, DomainFilter.Load(resources));
    }
}
