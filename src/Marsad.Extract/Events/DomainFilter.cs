using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>
/// Keeps the event stage away from sport, business and culture reports (resources/events/domains.tsv):
/// there "هجوم", "معركة", "اتفاقية" and "عرض" are metaphors or market talk, not political events.
/// </summary>
public sealed class DomainFilter
{
    public const string Format = "marsad.event-domains/1";

    // A report needs at least this many domain words before it is judged off-topic: one "شركة" or
    // "كأس" in a war report proves nothing. Three is the smallest count that, on 204 SaudiNewsNet
    // sport/finance/culture pages, caught the pages while leaving the five conflict samples untouched.
    public const int MinHits = 3;

    // A sentence with this many domain words is about the match or the market even inside a
    // political report ("… في مباراة المنتخب أمام …").
    public const int SentenceHits = 2;

    private readonly PhraseSet _domain = new();
    private readonly PhraseSet _conflict = new();

    public static DomainFilter Load(ResourceSet resources)
    {
        var filter = new DomainFilter();
        foreach (var f in resources.Files("events/domains.tsv")) filter.AddFile(f);
        return filter;
    }

    public void AddFile(string path)
    {
        foreach (var line in TsvResource.Read(path, Format, 2))
        {
            switch (line[0])
            {
                case "sport" or "business" or "culture": _domain.Add(line[1], line[0]); break;
                case "conflict": _conflict.Add(line[1], "conflict"); break;
                default: throw line.Error($"kind '{line[0]}' is not sport, business, culture or conflict");
            }
        }
    }

    /// <summary>Domain-word and conflict-word counts over a token range.</summary>
    public (int Domain, int Conflict) Count(AnalysedText text, int first, int end)
    {
        int domain = 0, conflict = 0;
        for (int t = first; t < end; t++)
        {
            if (text.Tokens[t].Kind != TokenKind.Word) continue;
            var (len, _) = _domain.MatchAt(text, t, end);
            if (len > 0) { domain++; t += len - 1; continue; }
            if (_conflict.MatchAt(text, t, end).Length > 0) conflict++;
        }
        return (domain, conflict);
    }

    /// <summary>Whether a report with these counts is sport, business or culture news.</summary>
    public static bool IsOffTopic((int Domain, int Conflict) counts) =>
        counts.Domain >= MinHits && counts.Domain > 2 * counts.Conflict;
}
