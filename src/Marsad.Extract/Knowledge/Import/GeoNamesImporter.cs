using System.Globalization;
using System.Text.Json;
using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>
/// Imports GeoNames files (gazetteer/SOURCES.md) into a compact <c>marsad.places/1</c> file. Inputs are
/// recognised by content: the 19-column geoname table (cities15000, cities5000, a country dump),
/// <c>admin1CodesASCII</c> and <c>admin2Codes</c> (CODE, name, asciiname, geonameid) for admin names,
/// and OpenSyria's <c>governorates.json</c>, whose English names replace GeoNames' Syrian admin1 names
/// ("Rif-dimashq" → "Rif Dimashq") so that all Syrian places share one admin vocabulary. Only places
/// with an Arabic name are kept (nothing else can match Arabic text); when one geonameid occurs in
/// several files the row modified last wins.
/// </summary>
public sealed class GeoNamesImporter(ArabicNames arabic)
{
    /// <summary>Feature classes worth keeping: admin areas, populated places, spots (bases, airports), areas, terrain.</summary>
    private static readonly string[] KeptClasses = ["A", "P", "S", "L", "T"];

    public sealed record Summary(int Rows, int Kept);

    public Summary Import(IReadOnlyList<string> inputs, string output)
    {
        var admin1 = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin2 = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin1ById = new Dictionary<string, string>(StringComparer.Ordinal);
        var renamedAdmin1 = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int total = 0;
        foreach (var file in inputs)
        {
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) { ReadGovernorateNames(file, renamedAdmin1); continue; }
            int n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length == 19)
                {
                    total++;
                    if (!rows.TryGetValue(f[0], out var old) || string.CompareOrdinal(f[18], old[18]) >= 0) rows[f[0]] = f;
                }
                else if (f.Length == 4 && f[0].Contains('.', StringComparison.Ordinal))
                {
                    (f[0].Count(c => c == '.') == 1 ? admin1 : admin2)[f[0]] = f[2];
                    if (f[0].Count(c => c == '.') == 1) admin1ById[f[3]] = f[0];
                }
                else throw new ResourceFormatException(file, n, $"neither a 19-column geoname row nor an admin code row ({f.Length} fields)");
            }
        }
        foreach (var (geonameId, name) in renamedAdmin1)
            if (admin1ById.TryGetValue(geonameId, out var code)) admin1[code] = name;

        using var w = new TsvWriter(output, KbFiles.PlaceFormat, [
            "Imported from GeoNames (geonames.org, CC BY 4.0: \"Contains data from GeoNames\") files of",
            "../shared/data/gazetteer (see its SOURCES.md); Syrian admin1 names from OpenSyria Data Geography (CC BY 4.0).",
            "Only places with an Arabic name. Rebuild, do not edit (curated entries override by same_as):",
            "  marsad kb import-geonames ../shared/data/gazetteer/geonames_cities15000_ME.txt ../shared/data/gazetteer/geonames_cities5000_ME_2018.txt \\",
            "    ../shared/data/gazetteer/geonames_LB.txt ../shared/data/gazetteer/geonames_admin1CodesASCII.txt \\",
            "    ../shared/data/gazetteer/geonames_admin2Codes_ME.txt ../shared/data/gazetteer/open-syria-data-geography/governorates.json \\",
            "    -o resources/kb/places.geonames.tsv",
            "columns: id\tname_en\tnames_ar\tfeature\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tprecision\tsame_as\tsource"]);
        foreach (var f in rows.Values.OrderBy(r => long.Parse(r[0], CultureInfo.InvariantCulture)))
        {
            if (Array.IndexOf(KeptClasses, f[6]) < 0) continue;
            var names = arabic.From(f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (names.Count == 0) continue;
            string? a1 = admin1.GetValueOrDefault($"{f[8]}.{f[10]}");
            string? a2 = admin2.GetValueOrDefault($"{f[8]}.{f[10]}.{f[11]}");
            w.Row($"geonames:{f[0]}", f[2].Length > 0 ? f[2] : f[1], string.Join('|', names), $"{f[6]}.{f[7]}", f[8], a1, a2,
                f[4], f[5], f[14] is "" or "0" ? "" : f[14], "", "", "geonames");
        }
        return new Summary(total, w.Rows);
    }

    private static void ReadGovernorateNames(string file, Dictionary<string, string> names)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var g in doc.RootElement.EnumerateArray())
        {
            if (g.TryGetProperty("externalIds", out var ids) && ids.TryGetProperty("geonames", out var gid) && gid.ValueKind == JsonValueKind.String)
                names[gid.GetString()!] = g.GetProperty("name").GetProperty("en").GetString()!;
        }
    }
}
