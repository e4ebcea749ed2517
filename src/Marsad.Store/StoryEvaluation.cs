using Marsad.Text.Resources;

namespace Marsad.Store;

/// <summary>Pairwise scores of story clustering against labelled pairs.</summary>
public sealed record StoryScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<string> Missing)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores the stored stories on hand-labelled article pairs (<c>bench/stories/pairs.tsv</c>): a pair
/// labelled "same" is a true positive when both articles are in one story, a false negative
/// otherwise; a pair labelled "different" is a false positive when they share a story. Articles are
/// named by their source id (the corpus's own id), which the store keeps.
/// </summary>
public static class StoryEvaluation
{
    public const string Format = "marsad.story-pairs/1";

    public static async Task<StoryScore> ScoreAsync(IRecordStore store, string pairsPath, CancellationToken cancel = default)
    {
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in await store.ListStoriesAsync(null, null, cancel).ConfigureAwait(false))
            foreach (var a in story.Articles) storyOf[a.ArticleId] = story.Id;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var missing = new List<string>();
        foreach (var line in TsvResource.Read(pairsPath, Format, 3))
        {
            bool same = line[2] switch
            {
                "same" => true,
                "different" => false,
                _ => throw line.Error($"label must be 'same' or 'different', not '{line[2]}'"),
            };
            var a = await store.GetAsync(line[0], cancel).ConfigureAwait(false);
            var b = await store.GetAsync(line[1], cancel).ConfigureAwait(false);
            if (a is null || b is null) { missing.Add(a is null ? line[0] : line[1]); continue; }
            bool together = storyOf.TryGetValue(a.Id, out var sa) && storyOf.TryGetValue(b.Id, out var sb) && sa == sb;
            if (same && together) tp++;
            else if (same) fn++;
            else if (together) fp++;
            else tn++;
        }
        return new StoryScore(tp, fp, fn, tn, missing);
    }
}
