using Marsad.Extract.Records;

namespace Marsad.Corpus;

/// <summary>One event with the article that reports it.</summary>
public sealed record SourcedEvent(string ArticleId, string? Outlet, string? Published, int Ordinal, EventRecord Event)
{
    /// <summary>The event's date, else the article's publication date.</summary>
    public string? Date => Event.Date ?? Published;
}

/// <summary>
/// Cross-source event merge: events of different reports with the same PLOVER type, compatible
/// actors and place (equal ids, or one side unknown) and dates within <see cref="StoryOptions.MergeDateDays"/>
/// become one merged event. The merged fatality count is the lowest stated (the conservative
/// figure ACLED codes when sources differ); the disagreement is flagged, never hidden.
/// </summary>
public static class EventMerger
{
    public static IReadOnlyList<MergedEvent> Merge(IEnumerable<SourcedEvent> events, StoryOptions options)
    {
        var groups = new List<List<SourcedEvent>>();
        foreach (var e in events.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Ordinal))
        {
            var home = groups.FirstOrDefault(g => g.All(m => Compatible(m, e, options)));
            if (home is null) groups.Add([e]); else home.Add(e);
        }
        return groups.Select(Summarise).ToArray();
    }

    /// <summary>Same type; actors and place equal where both sides name them; dates close where both are known.</summary>
    public static bool Compatible(SourcedEvent a, SourcedEvent b, StoryOptions options)
    {
        if (!string.Equals(a.Event.Type, b.Event.Type, StringComparison.Ordinal)) return false;
        if (!Same(Key(a.Event.Actor1), Key(b.Event.Actor1)) || !Same(Key(a.Event.Actor2), Key(b.Event.Actor2))) return false;
        if (!Same(Key(a.Event.Location), Key(b.Event.Location))) return false;
        if (Day(a.Date) is DateOnly da && Day(b.Date) is DateOnly db && Math.Abs(da.DayNumber - db.DayNumber) > options.MergeDateDays) return false;
        return true;
    }

    private static MergedEvent Summarise(List<SourcedEvent> members)
    {
        var first = members[0].Event;
        string? Pick(Func<EventRecord, string?> f) => members.Select(m => f(m.Event)).FirstOrDefault(v => v is not null);
        var fatalities = members.Select(m => m.Event.Fatalities).OfType<int>().Distinct().ToArray();
        var dates = members.Select(m => m.Event.Date).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var disagreements = new List<string>();
        if (fatalities.Length > 1) disagreements.Add("fatalities");
        if (dates.Length > 1) disagreements.Add("date");
        string? date = members.Select(m => m.Date).OfType<string>().GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return new MergedEvent(first.Type, Pick(e => e.Mode), Pick(e => Key(e.Actor1)), Pick(e => Key(e.Actor2)), Pick(e => Key(e.Location)),
            date, fatalities.Length == 0 ? null : fatalities.Min(),
            members.Select(m => new EventSource(m.ArticleId, m.Ordinal, m.Outlet, m.Date, m.Event.Fatalities)).ToArray(),
            members.Select(m => m.Outlet ?? m.ArticleId).Distinct(StringComparer.Ordinal).Count(),
            disagreements);
    }

    private static string? Key(ActorRecord? a) => a?.Id ?? a?.NameEn;
    private static string? Key(PlaceRecord? p) => p?.Id ?? p?.NameEn;
    private static bool Same(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    private static DateOnly? Day(string? iso) => iso is { Length: >= 10 } && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", out var d) ? d : null;
}
