using Marsad.Extract.Knowledge;
using Marsad.Extract.Places;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Linking;

/// <summary>Precision, recall and F1 over counts.</summary>
public readonly record struct PrfScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A share: how many of how many.</summary>
public readonly record struct Share(int Hits, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Hits / Total;
    public override string ToString() => Total == 0 ? "n/a" : $"{Value:0.000} ({Hits}/{Total})";
}

/// <summary>The knowledge base's figures on gold records (README.md, section "Knowledge base").</summary>
public sealed record LinkingReport(
    IReadOnlyDictionary<string, PrfScore> MatcherByType,
    PrfScore MatcherMicro,
    Share OrgPerLinked,
    Share LocLinked,
    Share LocWithCoordinates,
    Share LocWithin10KmOfGold,
    Share CuratedPointsWithin10KmOfImported,
    IReadOnlyList<string> Misses);

/// <summary>
/// Scores the knowledge base on gold records, with the parts the entity stage uses from it:
/// the <see cref="MentionMatcher"/> alone as a recogniser (exact span and type, record.md scoring), and
/// the <see cref="EntityLinker"/> on the gold mention spans (right id, or right English name, per
/// mention). Gold LOC mentions are checked within 10 km of their coordinates, or of their gold id's
/// gazetteer point when the gold gives no coordinates; the curated places' own
/// points are checked against independent imported points (GeoNames, OpenSyria) of the same name.
/// </summary>
public static class LinkingEvaluation
{
    /// <summary>Distance under which a point counts as right (the issue's figure).</summary>
    public const double ToleranceKm = 10;

    private static readonly string[] Types = ["PER", "ORG", "LOC"];

    public static LinkingReport Evaluate(KnowledgeBase kb, IEnumerable<DocumentRecord> gold)
    {
        var matcher = new MentionMatcher(kb);
        var linker = new EntityLinker(kb);
        var counts = Types.ToDictionary(t => t, _ => new int[3]); // tp, fp, fn
        int orgPerHits = 0, orgPerTotal = 0, locHits = 0, locTotal = 0, coord = 0, near = 0, nearTotal = 0;
        var misses = new List<string>();
        foreach (var doc in gold)
        {
            var map = new CodePointMap(doc.Text);
            var goldMentions = doc.Entities.Where(e => Array.IndexOf(Types, e.Type) >= 0).ToList();
            var goldKeys = goldMentions.Select(e => (e.Start, e.End, e.Type)).ToHashSet();

            var found = matcher.Find(TextAnalyzer.Analyse(doc.Text));
            var foundKeys = found.Where(e => Array.IndexOf(Types, e.Type) >= 0)
                .Select(e => (map.ToCodePoint(e.Start), map.ToCodePoint(e.End), e.Type)).ToHashSet();
            foreach (var k in foundKeys) counts[k.Type][goldKeys.Contains(k) ? 0 : 1]++;
            foreach (var k in goldKeys) if (!foundKeys.Contains(k)) counts[k.Type][2]++;

            // The linker on gold spans (converted to UTF-16, types as gold says, links cleared).
            var spans = goldMentions.Select(e => e with
            {
                Start = map.ToUtf16(e.Start), End = map.ToUtf16(e.End), Id = null, NameEn = null,
                Lat = null, Lon = null, Admin1 = null, Precision = null,
            }).ToList();
            var linked = linker.Link(doc.Text, spans);
            for (int i = 0; i < goldMentions.Count; i++)
            {
                var g = goldMentions[i];
                var s = linked[i];
                if (g.Id is null && g.NameEn is null) continue;
                bool right = g.Id is not null && g.Id == s.Id
                    || g.NameEn is not null && string.Equals(g.NameEn, s.NameEn, StringComparison.OrdinalIgnoreCase);
                if (!right) misses.Add($"{doc.Id}\t{g.Type}\t{g.Text}\tgold {g.Id}\tsystem {s.Id ?? "null"}");
                if (g.Type == "LOC")
                {
                    locTotal++;
                    if (right) locHits++;
                    if (s.Lat is not null) coord++;
                    // Gold written with ids only is checked against the gazetteer point of the gold id:
                    // a wrong same-name place (another "الحميدية") lands far from it.
                    var reference = g.Lat is double gl && g.Lon is double gn ? (gl, gn)
                        : g.Id is not null && kb.Place(g.Id) is { Lat: double pl, Lon: double pn } ? (pl, pn) : ((double, double)?)null;
                    if (reference is var (glat, glon))
                    {
                        nearTotal++;
                        if (s.Lat is double slat && s.Lon is double slon && GeoDistance.Km(glat, glon, slat, slon) <= ToleranceKm) near++;
                    }
                }
                else
                {
                    orgPerTotal++;
                    if (right) orgPerHits++;
                }
            }
        }
        var byType = counts.ToDictionary(kv => kv.Key, kv => new PrfScore(kv.Value[0], kv.Value[1], kv.Value[2]));
        var micro = new PrfScore(byType.Values.Sum(s => s.TruePositives), byType.Values.Sum(s => s.FalsePositives), byType.Values.Sum(s => s.FalseNegatives));
        return new LinkingReport(byType, micro, new Share(orgPerHits, orgPerTotal), new Share(locHits, locTotal),
            new Share(coord, locTotal), new Share(near, nearTotal), CuratedAgainstImported(kb), misses);
    }

    /// <summary>
    /// Curated places with their own point and an imported settlement or sub-district (whose centroid lies
    /// near its main town; district centroids do not) of the same Arabic name in the same country: the share whose points lie within 10 km of it (a check on hand-entered points).
    /// </summary>
    private static Share CuratedAgainstImported(KnowledgeBase kb)
    {
        int hits = 0, total = 0;
        foreach (var p in kb.Places)
        {
            if (!p.Id.StartsWith("place:", StringComparison.Ordinal) || p.SameAs is not null || p.Lat is not double lat || p.Lon is not double lon) continue;
            if (p.Precision != GeoPrecision.Settlement) continue;
            double best = double.MaxValue;
            foreach (var name in p.NamesAr)
            {
                if (kb.Aliases.Get(AliasKey.Of(name)) is not { } entry) continue;
                foreach (var t in entry.Targets)
                    if (t.Place is { } other && !other.Id.StartsWith("place:", StringComparison.Ordinal) && other.Country == p.Country
                        && (other.Precision == GeoPrecision.Settlement || other.Feature == "A.ADM3")
                        && other.Lat is double olat && other.Lon is double olon)
                        best = Math.Min(best, GeoDistance.Km(lat, lon, olat, olon));
            }
            if (best == double.MaxValue) continue;
            total++;
            if (best <= ToleranceKm) hits++;
        }
        return new Share(hits, total);
    }
}
