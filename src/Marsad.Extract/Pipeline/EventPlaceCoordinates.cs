using Marsad.Extract.Records;

namespace Marsad.Extract.Pipeline;

/// <summary>
/// Gives each event's location the coordinates, admin1 and precision that the place stage found
/// for the same mention, so maps and exports need not join events to entities. The event stage
/// names a place by its span and gazetteer id; the geocoded facts live on the LOC entity.
/// </summary>
public static class EventPlaceCoordinates
{
    /// <summary>Returns the events with located places filled in; events without a match are unchanged.</summary>
    public static IReadOnlyList<EventRecord> Fill(IReadOnlyList<EventRecord> events, IReadOnlyList<EntityRecord> entities)
    {
        if (events.Count == 0) return events;
        var places = entities.Where(e => e.Type == "LOC" && e.Lat is not null && e.Lon is not null).ToList();
        if (places.Count == 0) return events;
        var filled = new EventRecord[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            var place = ev.Location is { } loc ? Find(loc, places) : null;
            filled[i] = place is null ? ev : ev with
            {
                Location = ev.Location! with
                {
                    Lat = place.Lat,
                    Lon = place.Lon,
                    Admin1 = place.Admin1,
                    Precision = place.Precision,
                },
            };
        }
        return filled;
    }

    // The mention itself first (its own resolution, in its own context); else another mention
    // of the same gazetteer entry — an id fixes the coordinates whichever mention carries them.
    private static EntityRecord? Find(PlaceRecord location, List<EntityRecord> places)
    {
        if (location.Start is int start && location.End is int end)
            foreach (var p in places)
                if (p.Start == start && p.End == end) return p;
        if (location.Id is null) return null;
        foreach (var p in places)
            if (p.Id == location.Id) return p;
        return null;
    }
}
