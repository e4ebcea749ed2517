using System.Text.Json;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>
/// Builds state actors and country places for every country: English name and ISO codes from GeoNames'
/// countryInfo, Arabic names from CLDR (with its short and variant forms) and the Arabic-English
/// nationalities list, and the masculine demonym that the side templates expand ("روسي" → "الروس",
/// "الجانب الروسي"). A demonym is kept only when it starts like the country's name (the list gives
/// Belarus "روسي"), so one adjective never stands for two states.
/// </summary>
public static class CountryImporter
{
    public sealed record Summary(int Actors, int Places);

    public static Summary Import(string countryInfo, string cldrTerritories, string nationalities, string actorsOut, string placesOut)
    {
        var countries = CountryTable.Read(countryInfo);
        var cldr = ReadCldr(cldrTerritories);
        var nat = ReadNationalities(nationalities);
        var header = new[]
        {
            "Imported: names and codes from GeoNames countryInfo (CC BY 4.0), Arabic names from CLDR 47 territories (Unicode",
            "License v3) and shahendahamdy/Arabic-English-Nationalities (ISC). Curated files override by id. Rebuild, do not edit:",
            "  marsad kb import-countries --country-info ../shared/data/gazetteer/geonames_countryInfo.txt \\",
            "    --cldr ../shared/data/actors/cldr/territories.ar.json --nationalities ../shared/data/actors/Arabic-English-Nationalities.json \\",
            "    -o resources/kb/actors.countries.tsv --places resources/kb/places.countries.tsv",
        };
        int actors, places;
        using (var w = new TsvWriter(actorsOut, KbFiles.ActorFormat, [.. header, "columns: id\tname_en\tkind\tcountry\tcameo\taliases_ar\tdemonyms\tsource"]))
        {
            foreach (var c in countries)
            {
                var names = ArabicNamesOf(c, cldr, nat);
                if (names.Count == 0) continue;
                string demonym = nat.TryGetValue(c.Iso2, out var n) && SharesStem(n.Demonym, names) ? n.Demonym : "";
                w.Row($"actor:{Slug.From(c.NameEn)}", c.NameEn, "state", c.Iso2, c.Iso3, string.Join('|', names), demonym, "countries");
            }
            actors = w.Rows;
        }
        using (var w = new TsvWriter(placesOut, KbFiles.PlaceFormat, [.. header, "columns: id\tname_en\tnames_ar\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tprecision\tsame_as\tsource"]))
        {
            foreach (var c in countries)
            {
                var names = ArabicNamesOf(c, cldr, nat);
                if (names.Count == 0) continue;
                w.Row($"place:{Slug.From(c.NameEn)}", c.NameEn, string.Join('|', names), "A.PCLI", c.Iso2, "", "", "", "", c.Population > 0 ? c.Population : null, "country", "", "countries");
            }
            places = w.Rows;
        }
        return new Summary(actors, places);
    }

    private static List<string> ArabicNamesOf(CountryInfo c, Dictionary<string, List<string>> cldr, Dictionary<string, (string Country, string Demonym)> nat)
    {
        var names = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? name)
        {
            if (name is null) return;
            name = name.Trim();
            if (ArabicNames.IsArabic(name) && keys.Add(AliasKey.Of(name))) names.Add(name);
        }
        foreach (var n in cldr.GetValueOrDefault(c.Iso2) ?? []) Add(n);
        // The nationality list's country names are a fallback: its "كاميرون" (CLDR "الكاميرون") is also David Cameron.
        if (names.Count == 0 && nat.TryGetValue(c.Iso2, out var entry)) Add(entry.Country);
        return names;
    }

    /// <summary>Whether the demonym's first three letters (normalised) start the country's main name, article
    /// aside (only the main name: Belarus's variant "روسيا البيضاء" would let it claim "روسي").</summary>
    private static bool SharesStem(string demonym, List<string> names)
    {
        var d = AliasKey.Of(demonym);
        if (d.Length < 3 || d.Contains(' ', StringComparison.Ordinal) || names.Count == 0) return false;
        var k = AliasKey.Of(names[0]);
        if (k.StartsWith("ال", StringComparison.Ordinal)) k = k[2..];
        return k.StartsWith(d[..3], StringComparison.Ordinal);
    }

    private static Dictionary<string, List<string>> ReadCldr(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var territories = doc.RootElement.GetProperty("main").GetProperty("ar").GetProperty("localeDisplayNames").GetProperty("territories");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var p in territories.EnumerateObject())
        {
            var code = p.Name.Split('-')[0];
            if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0])) continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            list.Add(p.Value.GetString() ?? "");
        }
        return result;
    }

    private static Dictionary<string, (string Country, string Demonym)> ReadNationalities(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var code = e.GetProperty("code").GetString() ?? "";
            // The upstream key is misspelled "natianality_ar".
            var demonym = e.TryGetProperty("natianality_ar", out var d) ? d.GetString() ?? "" : "";
            result[code] = (e.GetProperty("country_ar").GetString() ?? "", demonym.Trim());
        }
        return result;
    }
}
