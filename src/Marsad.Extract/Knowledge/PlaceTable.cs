using System.Globalization;
using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// Reads place files (<c>marsad.places/1</c>). Columns: id, name_en, names_ar (<c>|</c>), feature
/// (<c>CLASS.CODE</c>), country, admin1, admin2, lat, lon, population, precision (empty: from the
/// feature), same_as (an imported id this entry replaces), source.
/// </summary>
internal static class PlaceTable
{
    public static IEnumerable<Place> Read(string file, ContextWords words)
    {
        foreach (var line in TsvResource.Read(file, KbFiles.PlaceFormat, 11))
        {
            var id = ActorTable.RequireId(line, 0, "place:", "geonames:", "syria-admin:");
            var nameEn = line.Optional(1) ?? throw line.Error("field 2 (name_en) is empty");
            var names = ActorTable.Split(line.Optional(2));
            var feature = line.Optional(3) ?? "";
            if (feature.Length > 0 && (feature.Length < 3 || feature[1] != '.'))
                throw line.Error($"field 4 feature '{feature}' is not CLASS.CODE (e.g. P.PPL)");
            var country = ActorTable.Country(line, 4);
            double? lat = KnowledgeBase.ParseCoordinate(line, 7, 90), lon = KnowledgeBase.ParseCoordinate(line, 8, 180);
            if (lat.HasValue != lon.HasValue) throw line.Error("lat and lon must be both given or both empty");
            long population = 0;
            if (line.Optional(9) is { } pop && !long.TryParse(pop, NumberStyles.None, CultureInfo.InvariantCulture, out population))
                throw line.Error($"field 10 population '{pop}' is not a whole number");
            GeoPrecision precision;
            if (line.Optional(10) is { } p)
            {
                if (!GeoPrecisions.TryParse(p, out precision))
                    throw line.Error($"field 11 precision '{p}' is not settlement, district, governorate, country or region");
            }
            else if (feature.Length > 0) precision = GeoPrecisions.FromFeature(feature[..1], feature[2..]);
            else if (line.Optional(11) is not null) precision = GeoPrecision.Settlement; // taken from the replaced entry in Merge
            else throw line.Error("neither a precision (field 11) nor a feature (field 4) is given");
            var sameAs = line.Optional(11);
            if (names.Count == 0 && sameAs is null) throw line.Error("field 3 (Arabic names) is empty");
            yield return new Place(id, nameEn, names, feature, country, line.Optional(5), line.Optional(6), lat, lon,
                population, precision, sameAs, line.Optional(12) ?? $"{Path.GetFileName(file)}:{line.Number}");
        }
    }

    /// <summary>A curated entry completed from the imported one it replaces: curated fields win, names add up.</summary>
    public static Place Merge(Place curated, Place imported)
    {
        var names = new List<string>(curated.NamesAr);
        foreach (var n in imported.NamesAr) if (!names.Contains(n)) names.Add(n);
        bool ownPoint = curated.Lat.HasValue;
        return curated with
        {
            NamesAr = names,
            Feature = curated.Feature.Length > 0 ? curated.Feature : imported.Feature,
            Country = curated.Country ?? imported.Country,
            Admin1 = curated.Admin1 ?? imported.Admin1,
            Admin2 = curated.Admin2 ?? imported.Admin2,
            Lat = ownPoint ? curated.Lat : imported.Lat,
            Lon = ownPoint ? curated.Lon : imported.Lon,
            Population = curated.Population > 0 ? curated.Population : imported.Population,
            Precision = curated.Feature.Length > 0 ? curated.Precision : imported.Precision,
        };
    }
}
