using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Evaluation;

/// <summary>
/// Scores system records against gold records exactly as record.md's "Scoring" section says, so
/// that every figure in the README comes from one place. Documents are paired by id.
/// </summary>
public static class Scorer
{
    private static readonly string[] ScoredEntityTypes = ["PER", "ORG", "LOC"];

    public static EvaluationReport Score(IEnumerable<DocumentRecord> gold, IEnumerable<DocumentRecord> system)
    {
        var byId = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        foreach (var s in system) byId[s.Id] = s;
        var report = new EvaluationReport();
        foreach (var g in gold)
        {
            report.Documents++;
            if (!byId.TryGetValue(g.Id, out var s))
            {
                report.Missing.Add(g.Id);
                s = new DocumentRecord { Id = g.Id, Text = g.Text, Events = [] };
            }
            ScoreEntities(g, s, report);
            if (g.Events is null) continue; // NER-only gold: entities alone are scored
            ScoreTimes(g, s, report.Times);
            ScoreEvents(g, s, report);
            ScoreLayout(g, s, report);
        }
        return report;
    }

    private static void ScoreEntities(DocumentRecord g, DocumentRecord s, EvaluationReport report)
    {
        foreach (var type in ScoredEntityTypes)
        {
            var gs = g.Entities.Where(e => e.Type == type).Select(e => (e.Start, e.End)).ToHashSet();
            var ss = s.Entities.Where(e => e.Type == type).Select(e => (e.Start, e.End)).ToHashSet();
            var prf = new Prf
            {
                TruePositives = gs.Count(ss.Contains),
                FalsePositives = ss.Count(x => !gs.Contains(x)),
                FalseNegatives = gs.Count(x => !ss.Contains(x)),
            };
            report.Entities[type].Add(prf);
            report.Entities["micro"].Add(prf);
        }
    }

    private static void ScoreTimes(DocumentRecord g, DocumentRecord s, Prf times)
    {
        static bool Same(TimeRecord a, TimeRecord b) =>
            a.Start < b.End && b.Start < a.End && string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase);
        int found = g.Times.Count(gt => s.Times.Any(st => Same(gt, st)));
        int correct = s.Times.Count(st => g.Times.Any(gt => Same(gt, st)));
        times.TruePositives += found;
        times.FalseNegatives += g.Times.Count - found;
        times.FalsePositives += s.Times.Count - correct;
    }

    private static void ScoreEvents(DocumentRecord g, DocumentRecord s, EvaluationReport report)
    {
        var gold = g.Events!;
        var sys = s.Events ?? [];
        if (gold.Count == 0)
        {
            report.EventFreeDocuments++;
            report.OverCoding += sys.Count;
        }
        // Candidate pairs: overlapping evidence and equal type. Assign greedily, best trigger agreement
        // first, so that each gold event is matched at most once and to its most plausible partner.
        var pairs = new List<(int G, int S, int Rank)>();
        for (int i = 0; i < gold.Count; i++)
            for (int j = 0; j < sys.Count; j++)
                if (gold[i].Type == sys[j].Type && Overlaps(gold[i].Evidence, sys[j].Evidence))
                    pairs.Add((i, j, TriggerDistance(gold[i].Trigger, sys[j].Trigger)));
        pairs.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.G != b.G ? a.G.CompareTo(b.G) : a.S.CompareTo(b.S));
        var gUsed = new bool[gold.Count];
        var sUsed = new bool[sys.Count];
        int matched = 0;
        foreach (var (gi, si, _) in pairs)
        {
            if (gUsed[gi] || sUsed[si]) continue;
            gUsed[gi] = sUsed[si] = true;
            matched++;
            var ge = gold[gi];
            var se = sys[si];
            report.EventSlots["actor1"].Count(SameActor(ge.Actor1, se.Actor1, g));
            report.EventSlots["actor2"].Count(SameActor(ge.Actor2, se.Actor2, g));
            report.EventSlots["location"].Count(SamePlace(ge.Location, se.Location, g));
            report.EventSlots["date"].Count(string.Equals(ge.Date, se.Date, StringComparison.Ordinal));
            report.EventSlots["status"].Count(string.Equals(ge.Status, se.Status, StringComparison.OrdinalIgnoreCase));
        }
        report.Events.TruePositives += matched;
        report.Events.FalsePositives += sys.Count - matched;
        report.Events.FalseNegatives += gold.Count - matched;
    }

    private static void ScoreLayout(DocumentRecord g, DocumentRecord s, EvaluationReport report)
    {
        var gb = g.Body.Select(b => (b.Start, b.End)).ToHashSet();
        var sb = s.Body.Select(b => (b.Start, b.End)).ToHashSet();
        report.Body.TruePositives += gb.Count(sb.Contains);
        report.Body.FalsePositives += sb.Count(x => !gb.Contains(x));
        report.Body.FalseNegatives += gb.Count(x => !sb.Contains(x));
        report.Title.Count(g.Title is null ? s.Title is null : s.Title is not null && s.Title.Start == g.Title.Start && s.Title.End == g.Title.End);
        report.Outlet.Count(SameName(g.Outlet, s.Outlet));
        report.Published.Count(string.Equals(g.Published, s.Published, StringComparison.Ordinal));
    }

    private static bool SameName(string? a, string? b) =>
        a is null ? b is null : b is not null && NormalizedText.Normalize(a.Trim()) == NormalizedText.Normalize(b.Trim());

    private static bool Overlaps(SpanRecord a, SpanRecord b) => a.Start < b.End && b.Start < a.End;

    private static int TriggerDistance(SpanRecord a, SpanRecord b) =>
        Overlaps(a, b) ? 0 : 1 + Math.Min(Math.Abs(a.Start - b.End), Math.Abs(b.Start - a.End));

    /// <summary>Right when ids or English names agree, or the system's span overlaps a gold mention of the same referent; two nulls agree.</summary>
    private static bool SameActor(ActorRecord? gold, ActorRecord? sys, DocumentRecord g)
    {
        if (gold is null || sys is null) return gold is null && sys is null;
        return SameReferent(gold.Id, gold.NameEn, gold.Start, gold.End, sys.Id, sys.NameEn, sys.Start, sys.End, g);
    }

    private static bool SamePlace(PlaceRecord? gold, PlaceRecord? sys, DocumentRecord g)
    {
        if (gold is null || sys is null) return gold is null && sys is null;
        return SameReferent(gold.Id, gold.NameEn, gold.Start, gold.End, sys.Id, sys.NameEn, sys.Start, sys.End, g);
    }

    private static bool SameReferent(string? gid, string? gname, int? gs, int? ge, string? sid, string? sname, int? ss, int? se, DocumentRecord g)
    {
        if (gid is not null && sid is not null && string.Equals(gid, sid, StringComparison.OrdinalIgnoreCase)) return true;
        if (gname is not null && sname is not null && string.Equals(gname.Trim(), sname.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        if (ss is not int s0 || se is not int s1) return false;
        if (gs is int g0 && ge is int g1 && s0 < g1 && g0 < s1) return true;
        foreach (var m in g.Entities)
        {
            bool sameReferent = (gid is not null && string.Equals(m.Id, gid, StringComparison.OrdinalIgnoreCase))
                                || (gid is null && gname is not null && string.Equals(m.NameEn, gname, StringComparison.OrdinalIgnoreCase));
            if (sameReferent && s0 < m.End && m.Start < s1) return true;
        }
        return false;
    }
}
