using Marsad.Extract.Knowledge;
using Marsad.Extract.Records;

namespace Marsad.Extract.Pipeline;

/// <summary>
/// Gives an event actor that carries a knowledge-base id its English name. Generic anaphora
/// ("فصائل المعارضة" standing for the opposition) are resolved by the event stage to an id from its
/// cue file, without the name; a record with an id but no name would read as unknown in every export.
/// </summary>
public static class EventActorNames
{
    /// <summary>Returns the events with missing actor names filled from <paramref name="kb"/>; others unchanged.</summary>
    public static IReadOnlyList<EventRecord> Fill(IReadOnlyList<EventRecord> events, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var filled = new EventRecord[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var a1 = Named(ev.Actor1, kb);
            var a2 = Named(ev.Actor2, kb);
            filled[i] = ReferenceEquals(a1, ev.Actor1) && ReferenceEquals(a2, ev.Actor2) ? ev : ev with { Actor1 = a1, Actor2 = a2 };
        }
        return filled;
    }

    private static ActorRecord? Named(ActorRecord? actor, KnowledgeBase kb) =>
        actor is { Id: string id, NameEn: null } && kb.Actor(id)?.NameEn is string name ? actor with { NameEn = name } : actor;
}
