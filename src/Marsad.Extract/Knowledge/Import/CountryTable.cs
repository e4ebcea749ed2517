using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>One country of GeoNames' countryInfo.txt.</summary>
public sealed record CountryInfo(string Iso2, string Iso3, string NameEn, long Population);

/// <summary>Reads GeoNames <c>countryInfo.txt</c> (tab-separated, <c>#</c> comments, 19 columns).</summary>
public static class CountryTable
{
    public static IReadOnlyList<CountryInfo> Read(string path)
    {
        var list = new List<CountryInfo>();
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            if (f.Length < 8 || f[0].Length != 2 || f[1].Length != 3)
                throw new ResourceFormatException(path, n, "not a GeoNames countryInfo row (ISO, ISO3, ISO-Numeric, fips, Country, …)");
            long.TryParse(f[7], out long pop);
            list.Add(new CountryInfo(f[0], f[1], f[4].Trim(), pop));
        }
        return list;
    }
}
