namespace Marsad.Extract.Knowledge;

/// <summary>How precisely a place's coordinates locate what the text names (record.md <c>precision</c>).</summary>
public enum GeoPrecision
{
    /// <summary>A town, village, city, neighbourhood, camp or named facility: its own point.</summary>
    Settlement,
    District,
    Governorate,
    Country,
    /// <summary>An informal area (a countryside, a desert, "northern Syria"): a representative point.</summary>
    Region,
}

/// <summary>Spelling of <see cref="GeoPrecision"/> in files and records.</summary>
public static class GeoPrecisions
{
    public static bool TryParse(string text, out GeoPrecision precision)
    {
        switch (text)
        {
            case "settlement": precision = GeoPrecision.Settlement; return true;
            case "district": precision = GeoPrecision.District; return true;
            case "governorate": precision = GeoPrecision.Governorate; return true;
            case "country": precision = GeoPrecision.Country; return true;
            case "region": precision = GeoPrecision.Region; return true;
            default: precision = default; return false;
        }
    }

    public static string Name(GeoPrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>The precision a GeoNames feature class and code stand for.</summary>
    public static GeoPrecision FromFeature(string featureClass, string featureCode) => (featureClass, featureCode) switch
    {
        ("A", "PCLI" or "PCLD" or "PCLF" or "PCLS" or "PCL") => GeoPrecision.Country,
        ("A", "ADM1") => GeoPrecision.Governorate,
        ("A", _) => GeoPrecision.District,
        ("P" or "S", _) => GeoPrecision.Settlement,
        _ => GeoPrecision.Region,
    };
}

/// <summary>A place of the gazetteer with its Arabic names, admin path and coordinates.</summary>
/// <param name="Id"><c>place:&lt;slug&gt;</c> (curated), <c>geonames:&lt;id&gt;</c> or <c>syria-admin:&lt;id&gt;</c> (imported).</param>
/// <param name="NameEn">English canonical name.</param>
/// <param name="NamesAr">Arabic names and variants as written in the files.</param>
/// <param name="Feature">GeoNames-style <c>CLASS.CODE</c> (e.g. <c>P.PPLA</c>); curated entries use the same codes.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Admin1">English name of the first-order division (governorate) holding it.</param>
/// <param name="Admin2">English name of the second-order division (district).</param>
/// <param name="Lat">WGS84 latitude, or null when unknown.</param>
/// <param name="Lon">WGS84 longitude, or null when unknown.</param>
/// <param name="Population">0 when unknown.</param>
/// <param name="Precision">What the point stands for.</param>
/// <param name="SameAs">Id of an imported entry this curated entry replaces (e.g. <c>geonames:170654</c>).</param>
/// <param name="Source">File and line, or a citation, it came from.</param>
public sealed record Place(
    string Id, string NameEn, IReadOnlyList<string> NamesAr, string Feature, string? Country,
    string? Admin1, string? Admin2, double? Lat, double? Lon, long Population, GeoPrecision Precision,
    string? SameAs, string Source)
{
    /// <summary>GeoNames feature class letter (A, P, S, L, T, H …).</summary>
    public string FeatureClass => Feature.Length > 0 ? Feature[..1] : "";
}
