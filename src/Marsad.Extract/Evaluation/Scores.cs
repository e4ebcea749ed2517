using System.Text.Json.Serialization;

namespace Marsad.Extract.Evaluation;

/// <summary>Counts of true positives, false positives and false negatives, and the measures from them.</summary>
public sealed class Prf
{
    [JsonPropertyName("tp")] public int TruePositives { get; set; }
    [JsonPropertyName("fp")] public int FalsePositives { get; set; }
    [JsonPropertyName("fn")] public int FalseNegatives { get; set; }
    /// <summary>With nothing predicted, precision is 1 only when nothing was expected either.</summary>
    [JsonPropertyName("precision")] public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : Ratio(TruePositives, TruePositives + FalsePositives);
    [JsonPropertyName("recall")] public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    [JsonPropertyName("f1")] public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(Prf other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    /// <summary>0/0 is scored 0 except when nothing was expected and nothing found, which is perfect.</summary>
    internal static double Ratio(int num, int den) => den == 0 ? (num == 0 ? 1.0 : 0.0) : (double)num / den;
}

/// <summary>Share of correct values among the matched pairs that were judged.</summary>
public sealed class Accuracy
{
    [JsonPropertyName("correct")] public int Correct { get; set; }
    [JsonPropertyName("total")] public int Total { get; set; }
    /// <summary>Null when nothing was judged (no matched pairs), so that no figure is invented.</summary>
    [JsonPropertyName("accuracy")] public double? Value => Total == 0 ? null : (double)Correct / Total;

    public void Count(bool correct)
    {
        Total++;
        if (correct) Correct++;
    }
}

/// <summary>Everything <c>marsad eval</c> reports (record.md, "Scoring").</summary>
public sealed class EvaluationReport
{
    [JsonPropertyName("documents")] public int Documents { get; set; }
    [JsonPropertyName("documents_missing_in_system")] public List<string> Missing { get; } = [];
    [JsonPropertyName("entities")] public Dictionary<string, Prf> Entities { get; } = new()
    {
        ["PER"] = new(), ["ORG"] = new(), ["LOC"] = new(), ["micro"] = new(),
    };
    [JsonPropertyName("times")] public Prf Times { get; } = new();
    [JsonPropertyName("events")] public Prf Events { get; } = new();
    [JsonPropertyName("event_slots")] public Dictionary<string, Accuracy> EventSlots { get; } = new()
    {
        ["actor1"] = new(), ["actor2"] = new(), ["location"] = new(), ["date"] = new(), ["status"] = new(),
    };
    /// <summary>Events reported in gold documents that have none.</summary>
    [JsonPropertyName("over_coding")] public int OverCoding { get; set; }
    [JsonPropertyName("event_free_documents")] public int EventFreeDocuments { get; set; }
    /// <summary>Body paragraphs with the same extent as a gold one (the cleaner's quality).</summary>
    [JsonPropertyName("body")] public Prf Body { get; } = new();
    [JsonPropertyName("title")] public Accuracy Title { get; } = new();
    [JsonPropertyName("outlet")] public Accuracy Outlet { get; } = new();
    [JsonPropertyName("published")] public Accuracy Published { get; } = new();
}
