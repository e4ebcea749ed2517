using System.Globalization;
using System.Text.Json;

namespace Marsad.Bench.Html;

/// <summary>Prints the comparison table (markdown) and optional per-page details.</summary>
public static class Report
{
    public static void Print(List<Page> pages, Dictionary<string, Dictionary<string, Result>> results, HashSet<string> unscored)
    {
        var inv = CultureInfo.InvariantCulture;
        var groups = new List<(string Name, Func<Page, bool> Filter)>();
        foreach (var set in pages.Select(p => p.Set).Distinct())
        {
            groups.Add((set, p => p.Set == set));
            if (set != "arabic")
            {
                groups.Add((set + " (dev half)", p => p.Set == set && p.IsDev));
                groups.Add((set + " (held-out half)", p => p.Set == set && !p.IsDev));
            }
        }
        Console.WriteLine("| tool | set | pages | precision | recall | F1 (± sd) | pages/s |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (tool, byPage) in results)
        {
            foreach (var (name, filter) in groups)
            {
                var rs = pages.Where(filter).Select(p => byPage.TryGetValue(p.Key, out var r) ? r : null).Where(r => r is not null).Cast<Result>().ToList();
                if (rs.Count == 0) continue;
                double ms = rs.Sum(r => r.Ms);
                double rate = rs.Count / (ms / 1000);
                string pps = rate.ToString(rate < 10 ? "0.0" : "0", inv);
                if (unscored.Contains(tool))
                {
                    Console.WriteLine($"| {tool} | {name} | {rs.Count} | | | | {pps} |");
                    continue;
                }
                double p = rs.Average(r => r.Score.Precision), rc = rs.Average(r => r.Score.Recall), f = rs.Average(r => r.Score.F1);
                double sd = Math.Sqrt(rs.Average(r => (r.Score.F1 - f) * (r.Score.F1 - f)));
                Console.WriteLine(string.Create(inv, $"| {tool} | {name} | {rs.Count} | {p:0.000} | {rc:0.000} | {f:0.000} (± {sd:0.00}) | {pps} |"));
            }
        }
        // Speed over every page, the figure the target is set on.
        Console.WriteLine();
        foreach (var (tool, byPage) in results)
        {
            double ms = byPage.Values.Sum(r => r.Ms);
            Console.WriteLine(string.Create(inv, $"{tool}: {byPage.Count} pages in {ms / 1000:0.00} s = {byPage.Count / (ms / 1000):0.0} pages/s"));
        }
    }

    public static void WriteDetails(string file, List<Page> pages, Dictionary<string, Dictionary<string, Result>> results)
    {
        using var w = new StreamWriter(file);
        foreach (var page in pages)
        {
            var row = new Dictionary<string, object> { ["key"] = page.Key, ["dev"] = page.IsDev };
            foreach (var (tool, byPage) in results)
                if (byPage.TryGetValue(page.Key, out var r))
                    row[tool] = new { r.Score.Precision, r.Score.Recall, r.Score.F1, r.Ms };
            w.WriteLine(JsonSerializer.Serialize(row));
        }
    }
}
