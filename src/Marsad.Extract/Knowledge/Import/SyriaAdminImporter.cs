using System.Text.Json;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>
/// Imports OpenSyria Data Geography's governorates, districts and sub-districts (Arabic names, aliases,
/// centroids, populations; gazetteer/open-syria-data-geography) into <c>marsad.places/1</c> rows with
/// ids <c>syria-admin:&lt;id&gt;</c>. Heads are stripped from aliases ("ناحية مركز اعزاز" → "مركز اعزاز").
/// </summary>
public sealed class SyriaAdminImporter(ArabicNames arabic)
{
    public int Import(string folder, string output)
    {
        var governorates = Load(Path.Combine(folder, "governorates.json"));
        var districts = Load(Path.Combine(folder, "districts.json"));
        var subdistricts = Load(Path.Combine(folder, "subdistricts.json"));
        var govName = governorates.ToDictionary(g => Str(g, "id"), g => Name(g));
        var districtName = districts.ToDictionary(d => Str(d, "id"), d => Name(d));
        using var w = new TsvWriter(output, KbFiles.PlaceFormat, [
            "Imported from OpenSyria Data Geography (github Open-Syria/data-geography, commit bebd183c9f59bde9fa56fa942cb8b8e9ca1351e6;",
            "CC BY 4.0 \"OpenSyria Data Geography\", built from GeoNames, Wikidata, geoBoundaries, HDX/OCHA COD-AB, US Census Bureau).",
            "Points are unit centroids. Rebuild, do not edit:",
            "  marsad kb import-syria-admin ../shared/data/gazetteer/open-syria-data-geography -o resources/kb/places.syria-admin.tsv",
            "columns: id\tname_en\tnames_ar\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tprecision\tsame_as\tsource"]);
        foreach (var g in governorates) Row(w, g, "A.ADM1", Name(g), null, "governorate");
        foreach (var d in districts) Row(w, d, "A.ADM2", govName.GetValueOrDefault(Str(d, "governorateId")), Name(d), "district");
        foreach (var s in subdistricts) Row(w, s, "A.ADM3", govName.GetValueOrDefault(Str(s, "governorateId")), districtName.GetValueOrDefault(Str(s, "districtId")), "district");
        return w.Rows;
    }

    private void Row(TsvWriter w, JsonElement e, string feature, string? admin1, string? admin2, string precision)
    {
        var names = new List<string> { e.GetProperty("name").GetProperty("ar").GetString() ?? "" };
        if (e.TryGetProperty("aliases", out var aliases))
            foreach (var a in aliases.EnumerateArray())
                if (a.TryGetProperty("language", out var lang) && lang.GetString() == "ar") names.Add(a.GetProperty("value").GetString() ?? "");
        var arabicNames = arabic.From(names);
        if (arabicNames.Count == 0) return;
        double? lat = null, lon = null;
        if (e.TryGetProperty("centroid", out var c) && c.ValueKind == JsonValueKind.Object)
        { lat = c.GetProperty("latitude").GetDouble(); lon = c.GetProperty("longitude").GetDouble(); }
        long? pop = e.TryGetProperty("population", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;
        w.Row($"syria-admin:{Str(e, "id")}", Name(e), string.Join('|', arabicNames), feature, "SY", admin1, admin2, lat, lon, pop, precision, "", "opensyria");
    }

    private static List<JsonElement> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string Str(JsonElement e, string property) => e.TryGetProperty(property, out var v) ? v.GetString() ?? "" : "";
    private static string Name(JsonElement e) => e.GetProperty("name").GetProperty("en").GetString() ?? "";
}
