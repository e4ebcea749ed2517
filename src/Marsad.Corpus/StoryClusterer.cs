using System.Security.Cryptography;
using System.Text;

namespace Marsad.Corpus;

/// <summary>A scored link between two articles (indices into the clusterer's input).</summary>
public readonly record struct StoryLink(int A, int B, double Score, bool Duplicate);

/// <summary>
/// Clusters articles into stories. Candidate pairs come from two cheap sources so nothing is
/// compared all-against-all: MinHash LSH buckets (near-duplicates: one wire story reprinted) and
/// shared salient terms (independent reports of one happening). Only pairs published within
/// <see cref="StoryOptions.WindowDays"/> of each other are scored. Links are applied strongest
/// first, and a link that would stretch a story past <see cref="StoryOptions.MaxStoryDays"/> is
/// refused, which stops day-to-day follow-ups from chaining a month of news into one story.
/// </summary>
public sealed class StoryClusterer(StoryOptions options)
{
    /// <summary>LSH buckets larger than this are boilerplate shared by many articles, not reprints.</summary>
    private const int MaxBucket = 200;

    public IReadOnlyList<Story> Cluster(IReadOnlyList<StoryDocument> documents)
    {
        var dated = documents.Where(d => d.Published is not null)
            .OrderBy(d => d.Published!.Value).ThenBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var links = Links(dated);
        return Build(dated, links);
    }

    /// <summary>Every scored pair above threshold, for evaluation and clustering.</summary>
    public List<StoryLink> Links(IReadOnlyList<StoryDocument> dated)
    {
        var day = dated.Select(d => d.Published!.Value.DayNumber).ToArray();
        var links = new Dictionary<(int, int), StoryLink>();
        // Near-duplicates through LSH bands.
        var buckets = new Dictionary<ulong, List<int>>();
        for (int i = 0; i < dated.Count; i++)
        {
            var sig = dated[i].Fingerprint;
            if (sig is null || sig.Length != MinHash.Size || sig[0] == uint.MaxValue) continue;
            for (int b = 0; b < MinHash.Bands; b++)
            {
                ulong key = MinHash.BandKey(sig, b);
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
        }
        foreach (var bucket in buckets.Values)
        {
            if (bucket.Count < 2 || bucket.Count > MaxBucket) continue;
            for (int x = 0; x < bucket.Count; x++)
                for (int y = x + 1; y < bucket.Count; y++)
                {
                    int i = bucket[x], j = bucket[y];
                    if (Math.Abs(day[i] - day[j]) > options.WindowDays || links.ContainsKey((i, j))) continue;
                    double sim = MinHash.Similarity(dated[i].Fingerprint, dated[j].Fingerprint);
                    if (sim >= options.DuplicateJaccard) links[(i, j)] = new StoryLink(i, j, 1 + sim, true);
                }
        }
        // Same story told independently: shared salient terms within the window.
        var postings = new Dictionary<int, List<int>>();
        for (int i = 0; i < dated.Count; i++)
            foreach (int t in dated[i].Terms.TermIds)
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(i);
            }
        var shared = new int[dated.Count];
        var touched = new List<int>();
        for (int i = 0; i < dated.Count; i++)
        {
            foreach (int t in dated[i].Terms.TermIds)
            {
                var list = postings[t];
                int start = list.BinarySearch(i) + 1;
                for (int k = start; k < list.Count; k++)
                {
                    int j = list[k];
                    if (day[j] - day[i] > options.WindowDays) break;
                    if (shared[j]++ == 0) touched.Add(j);
                }
            }
            foreach (int j in touched)
            {
                if (shared[j] >= options.MinSharedTerms && !links.ContainsKey((i, j)))
                {
                    double score = Score(dated[i], dated[j]);
                    if (score >= options.StoryCosine) links[(i, j)] = new StoryLink(i, j, score, false);
                }
                shared[j] = 0;
            }
            touched.Clear();
        }
        return links.Values.ToList();
    }

    /// <summary>Text cosine, blended with the overlap of linked entities when both articles have them.</summary>
    public double Score(StoryDocument a, StoryDocument b)
    {
        double cosine = a.Terms.Cosine(b.Terms, out _);
        if (a.EntityIds.Count == 0 || b.EntityIds.Count == 0) return cosine;
        int both = a.EntityIds.Count(b.EntityIds.Contains);
        double jaccard = (double)both / (a.EntityIds.Count + b.EntityIds.Count - both);
        return (1 - options.EntityWeight) * cosine + options.EntityWeight * jaccard;
    }

    private IReadOnlyList<Story> Build(StoryDocument[] dated, List<StoryLink> links)
    {
        int n = dated.Length;
        var parent = Enumerable.Range(0, n).ToArray();
        var first = dated.Select(d => d.Published!.Value.DayNumber).ToArray();
        var last = (int[])first.Clone();
        int Find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
        var duplicateOf = new Dictionary<int, int>();
        // Term centroids of the clusters built so far (summed member vectors), created on first merge.
        var centroids = new Dictionary<int, Dictionary<int, double>>();
        Dictionary<int, double> Centroid(int root)
        {
            if (centroids.TryGetValue(root, out var c)) return c;
            c = [];
            var v = dated[root].Terms;
            for (int k = 0; k < v.TermIds.Length; k++) c[v.TermIds[k]] = v.Weights[k];
            return centroids[root] = c;
        }
        foreach (var link in links.OrderByDescending(l => l.Score).ThenBy(l => l.A).ThenBy(l => l.B))
        {
            int ra = Find(link.A), rb = Find(link.B);
            if (ra != rb)
            {
                int lo = Math.Min(first[ra], first[rb]), hi = Math.Max(last[ra], last[rb]);
                if (hi - lo > options.MaxStoryDays) continue;
                // A text link joins two clusters only when the clusters as wholes are about the same
                // thing: one similar pair must not chain two stories (e.g. days of royal-court news).
                var ca = Centroid(ra);
                var cb = Centroid(rb);
                if (!link.Duplicate && CentroidCosine(ca, cb) < options.StoryCentroidCosine) continue;
                parent[rb] = ra;
                first[ra] = lo; last[ra] = hi;
                foreach (var (term, w) in cb) ca[term] = ca.GetValueOrDefault(term) + w;
                centroids.Remove(rb);
            }
            // The later article (input is date-ordered) reprints the earlier one.
            if (link.Duplicate && !duplicateOf.ContainsKey(link.B)) duplicateOf[link.B] = link.A;
        }
        var stories = new List<Story>();
        foreach (var members in Enumerable.Range(0, n).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var ordered = members.OrderBy(i => i).ToArray();
            var docs = ordered.Select(i => dated[i]).ToArray();
            var articles = ordered.Select(i => new StoryArticle(dated[i].Id, dated[i].Outlet, Iso(dated[i].Published), dated[i].Title,
                duplicateOf.TryGetValue(i, out int of) && Find(of) == Find(i) ? dated[of].Id : null)).ToArray();
            var events = EventMerger.Merge(docs.SelectMany(d => d.Events.Select((e, k) => new SourcedEvent(d.Id, d.Outlet, Iso(d.Published), k, e))), options);
            stories.Add(new Story(StoryId(docs), Iso(docs[0].Published), Iso(docs[^1].Published), docs[0].Title, articles, events));
        }
        return stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.FirstDate, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
    }

    private static double CentroidCosine(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double dot = 0, na = 0, nb = 0;
        foreach (var (t, w) in a) { na += w * w; if (b.TryGetValue(t, out var wb)) dot += w * wb; }
        foreach (var w in b.Values) nb += w * w;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Stable across runs: a hash of the earliest member's id.</summary>
    private static string StoryId(StoryDocument[] docs)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(docs[0].Id));
        return "s:" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
