using Marsad.Extract.Knowledge;

namespace Marsad.Store.Exports;

/// <summary>A country as exports name it: ACLED writes the English name; its ids and PLOVER use the ISO alpha-3 code.</summary>
/// <param name="Alpha2">ISO 3166-1 alpha-2, as the knowledge base stores it.</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3, or null when the knowledge base has no state actor for the country.</param>
/// <param name="Name">English name of the country's gazetteer entry (or the alpha-2 code when it has none).</param>
public sealed record Country(string Alpha2, string? Alpha3, string Name);

/// <summary>
/// The country an event's place lies in, taken from the place's entry in the knowledge base (every
/// gazetteer entry, curated <c>place:damascus</c> or imported <c>geonames:170654</c>, carries its
/// country code). Names come from the country entries of the gazetteer (kb/places.countries.tsv) and
/// alpha-3 codes from the state actors (kb/actors.countries.tsv, whose CAMEO code is the ISO alpha-3),
/// so the exports need no table of their own. A place the knowledge base does not know has no country.
/// </summary>
public sealed class PlaceCountries
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, Country> _byAlpha2 = new(StringComparer.Ordinal);

    public PlaceCountries(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _kb = kb;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        // A sovereign-country entry (A.PCL*) names its country; a curated entry of country precision may stand in.
        foreach (var p in kb.Places.Where(p => p.Country is not null && p.Precision == GeoPrecision.Country).OrderBy(p => p.Feature.StartsWith("A.PCL", StringComparison.Ordinal) ? 0 : 1).ThenBy(p => p.Id, StringComparer.Ordinal))
            names.TryAdd(p.Country!, p.NameEn);
        var alpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in kb.Actors.Where(a => a.Kind == ActorKind.State && a.Country is not null && a.Cameo is { Length: 3 } c && c.All(char.IsAsciiLetterUpper)).OrderBy(a => a.Id, StringComparer.Ordinal))
            alpha3.TryAdd(a.Country!, a.Cameo!);
        foreach (var code in names.Keys.Union(alpha3.Keys))
            _byAlpha2[code] = new Country(code, alpha3.GetValueOrDefault(code), names.GetValueOrDefault(code) ?? code);
    }

    /// <summary>The country of the place with this knowledge-base id, or null (unknown place, or a place with no country).</summary>
    public Country? Of(string? placeId)
    {
        if (placeId is null || _kb.Place(placeId)?.Country is not { } code) return null;
        return _byAlpha2.TryGetValue(code, out var country) ? country : new Country(code, null, code);
    }
}
