using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>Everything the event stage reads from resources/events, loaded once.</summary>
public sealed class EventResources
{
    public EventResources(TriggerLexicon triggers, EventCues cues)
    {
        Triggers = triggers;
        Cues = cues;
    }

    public TriggerLexicon Triggers { get; }
    public EventCues Cues { get; }

    public static EventResources Load(ResourceSet resources) =>
        new(TriggerLexicon.Load(resources), EventCues.Load(resources));
}
