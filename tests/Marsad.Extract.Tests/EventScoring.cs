using System.Text;
using Marsad.Extract.Records;

namespace Marsad.Extract.Tests;

/// <summary>
/// Development scorer for events, after record.md's "Scoring": a system event matches a gold event
/// when their evidence spans overlap and the type is equal, each gold matched at most once (pairs
/// whose triggers also overlap are taken first); on matched pairs the accuracy of actor1, actor2,
/// location, date and status. The official scorer is <c>marsad eval</c>; this one is for tuning.
/// </summary>
internal sealed class EventScoring
{
    public int Gold, System, Matched;
    public int Actor1, Actor2, Location, Date, Status;
    public int OverCoding;
    public StringBuilder Report { get; } = new();

    public double Precision => System == 0 ? 0 : (double)Matched / System;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double Accuracy(int right) => Matched == 0 ? 0 : (double)right / Matched;

    public string Summary =>
        $"gold {Gold} system {System} matched {Matched}  P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}  " +
        $"actor1 {Accuracy(Actor1):0.000} actor2 {Accuracy(Actor2):0.000} location {Accuracy(Location):0.000} " +
        $"date {Accuracy(Date):0.000} status {Accuracy(Status):0.000}  over-coding {OverCoding}";

    /// <summary>Scores one document; both records use the same offsets (code points or UTF-16).</summary>
    public void Add(DocumentRecord gold, IReadOnlyList<EventRecord> system)
    {
        if (gold.Events is null) return;
        var goldEvents = gold.Events;
        if (goldEvents.Count == 0) OverCoding += system.Count;
        Gold += goldEvents.Count;
        System += system.Count;
        var used = new bool[goldEvents.Count];
        var pairOf = new int[system.Count];
        Array.Fill(pairOf, -1);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < system.Count; i++)
            {
                if (pairOf[i] >= 0) continue;
                for (int g = 0; g < goldEvents.Count; g++)
                {
                    if (used[g] || goldEvents[g].Type != system[i].Type || !Overlaps(goldEvents[g].Evidence, system[i].Evidence)) continue;
                    if (pass == 0 && !Overlaps(goldEvents[g].Trigger, system[i].Trigger)) continue;
                    used[g] = true;
                    pairOf[i] = g;
                    break;
                }
            }
        }
        string T(SpanRecord s) => gold.Text[s.Start..s.End];
        Report.AppendLine($"== {gold.Id}");
        for (int i = 0; i < system.Count; i++)
        {
            var s = system[i];
            if (pairOf[i] < 0)
            {
                Report.AppendLine($"  FP {s.Type} '{T(s.Trigger)}' a1={Show(s.Actor1)} a2={Show(s.Actor2)} {s.Status}");
                continue;
            }
            var g = goldEvents[pairOf[i]];
            Matched++;
            bool a1 = ActorRight(gold, g.Actor1, s.Actor1), a2 = ActorRight(gold, g.Actor2, s.Actor2);
            bool loc = PlaceRight(gold, g.Location, s.Location), date = g.Date == s.Date, status = g.Status == s.Status;
            if (a1) Actor1++;
            if (a2) Actor2++;
            if (loc) Location++;
            if (date) Date++;
            if (status) Status++;
            Report.AppendLine($"  OK {s.Type} '{T(s.Trigger)}'/'{T(g.Trigger)}'"
                + (a1 ? "" : $" A1 {Show(s.Actor1)}≠{Show(g.Actor1)}")
                + (a2 ? "" : $" A2 {Show(s.Actor2)}≠{Show(g.Actor2)}")
                + (loc ? "" : $" LOC {s.Location?.Id}≠{g.Location?.Id}")
                + (date ? "" : $" DATE {s.Date}≠{g.Date}")
                + (status ? "" : $" ST {s.Status}≠{g.Status}"));
        }
        for (int g = 0; g < goldEvents.Count; g++)
            if (!used[g]) Report.AppendLine($"  FN {goldEvents[g].Type} '{T(goldEvents[g].Trigger)}' a1={Show(goldEvents[g].Actor1)} {goldEvents[g].Status} :: {Cut(T(goldEvents[g].Evidence))}");
    }

    private static string Cut(string s) => s.Length > 90 ? s[..90] + "…" : s;

    private static string Show(ActorRecord? a) => a is null ? "null" : a.Id ?? a.NameEn ?? a.Text ?? "?";

    private static bool Overlaps(SpanRecord a, SpanRecord b) => a.Start < b.End && b.Start < a.End;

    private static bool SameName(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool ActorRight(DocumentRecord gold, ActorRecord? g, ActorRecord? s)
    {
        if (g is null || s is null) return g is null && s is null;
        if (SameName(g.Id, s.Id) || SameName(g.NameEn, s.NameEn)) return true;
        return SpanNamesReferent(gold, g.Id, g.NameEn, g.Start, g.End, s.Start, s.End);
    }

    private static bool PlaceRight(DocumentRecord gold, PlaceRecord? g, PlaceRecord? s)
    {
        if (g is null || s is null) return g is null && s is null;
        if (SameName(g.Id, s.Id) || SameName(g.NameEn, s.NameEn)) return true;
        return SpanNamesReferent(gold, g.Id, g.NameEn, g.Start, g.End, s.Start, s.End);
    }

    /// <summary>The system span overlaps the gold role's own mention or a gold entity mention of the same referent.</summary>
    private static bool SpanNamesReferent(DocumentRecord gold, string? id, string? name, int? gs, int? ge, int? ss, int? se)
    {
        if (ss is not int s0 || se is not int s1) return false;
        if (gs is int g0 && ge is int g1 && s0 < g1 && g0 < s1) return true;
        foreach (var e in gold.Entities)
            if ((SameName(e.Id, id) || SameName(e.NameEn, name)) && s0 < e.End && e.Start < s1) return true;
        return false;
    }
}
