using Marsad.Extract.Knowledge;

namespace Marsad.Extract.Places;

/// <summary>
/// Chooses among places that share a name using the rest of the article: the country most of its
/// unambiguous places lie in, the governorates they lie in, their distance, and, all else equal,
/// the bigger and the curated place.
/// </summary>
public sealed class PlaceResolver
{
    // Weights, in order of how strongly each signal decides in conflict reporting: an article is
    // about one country (country focus) and one front (same governorate, within 50 km). Without
    // context, a curated entry (a curator's statement of what the name means) beats an imported one
    // (2.5 > 0.3 * log10 of any population), a settlement beats the admin unit named after it
    // ("ببيلا" the town, not Babella sub-district), and population breaks what remains.
    private const double CountryFocusWeight = 3;
    private const double SameAdmin1Weight = 2;
    private const double NearbyWeight = 2;
    private const double NearbyKm = 50;
    private const double PopulationWeight = 0.3;
    private const double CuratedWeight = 2.5;
    private const double SettlementWeight = 1;

    private readonly List<Place> _context = [];
    private readonly Dictionary<string, int> _countryCount = new(StringComparer.Ordinal);
    private readonly HashSet<string> _admin1 = new(StringComparer.Ordinal);

    /// <summary>The country most context places lie in, or null when there are none.</summary>
    public string? FocusCountry { get; private set; }

    /// <summary>Adds a place the article names unambiguously.</summary>
    public void AddContext(Place place) => AddContext([place]);

    /// <summary>
    /// Adds what a mention's candidates agree on: their country when all share it, their governorate
    /// when all share it ("الرقة" the city, governorate and district are all in Raqqa), and the point
    /// when there is one candidate.
    /// </summary>
    public void AddContext(IReadOnlyList<Place> candidates)
    {
        if (candidates.Count == 0) return;
        if (candidates.Count == 1) _context.Add(candidates[0]);
        if (Shared(candidates, p => p.Country) is { } c)
        {
            _countryCount[c] = _countryCount.GetValueOrDefault(c) + 1;
            if (FocusCountry is null || _countryCount[c] > _countryCount[FocusCountry]) FocusCountry = c;
        }
        if (Shared(candidates, p => p.Admin1) is { } a) _admin1.Add(a);
    }

    private static string? Shared(IReadOnlyList<Place> candidates, Func<Place, string?> field)
    {
        string? value = field(candidates[0]);
        for (int i = 1; i < candidates.Count && value is not null; i++)
            if (field(candidates[i]) != value) value = null;
        return value;
    }

    /// <summary>The best candidate for a mention (first of the highest score; candidates come best-rank first).</summary>
    public Place Choose(IReadOnlyList<Place> candidates)
    {
        Place best = candidates[0];
        double bestScore = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            double s = Score(c);
            if (s > bestScore) { best = c; bestScore = s; }
        }
        return best;
    }

    public double Score(Place c)
    {
        double s = 0;
        if (c.Country is not null && c.Country == FocusCountry) s += CountryFocusWeight;
        if (c.Admin1 is not null && _admin1.Contains(c.Admin1)) s += SameAdmin1Weight;
        if (c.Lat is double lat && c.Lon is double lon)
        {
            foreach (var o in _context)
            {
                if (ReferenceEquals(o, c) || o.Lat is not double olat || o.Lon is not double olon) continue;
                if (o.Precision is GeoPrecision.Country or GeoPrecision.Region) continue;
                if (GeoDistance.Km(lat, lon, olat, olon) <= NearbyKm) { s += NearbyWeight; break; }
            }
        }
        s += PopulationWeight * Math.Log10(c.Population + 1);
        if (c.Precision == GeoPrecision.Settlement) s += SettlementWeight;
        if (c.Id.StartsWith("place:", StringComparison.Ordinal)) s += CuratedWeight;
        return s;
    }
}
