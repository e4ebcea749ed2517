using Marsad.Extract.Records;

namespace Marsad.Corpus;

/// <summary>
/// What clustering needs of one article: date, near-duplicate fingerprint, its salient-term vector
/// (<see cref="TermStatistics.Salient"/>), linked entity ids and its events.
/// </summary>
public sealed record StoryDocument(string Id, DateOnly? Published, string? Outlet, string Title, uint[]? Fingerprint,
    SalientVector Terms, IReadOnlyCollection<string> EntityIds, IReadOnlyList<EventRecord> Events)
{
    /// <summary>Builds one from a stored record, with term weights from corpus-wide statistics.</summary>
    public static StoryDocument From(string id, DocumentRecord record, string title, uint[]? fingerprint, TermStatistics statistics, StoryOptions options)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in record.Entities) if (e.Id is not null) entities.Add(e.Id);
        DateOnly? published = DateOnly.TryParseExact(record.Published, "yyyy-MM-dd", out var d) ? d : null;
        return new StoryDocument(id, published, record.Outlet, title, fingerprint, statistics.Salient(record.Text, options), entities, record.Events ?? []);
    }
}

/// <summary>Top TF-IDF terms of an article: term ids ascending with their L2-normalised weights.</summary>
public sealed record SalientVector(int[] TermIds, float[] Weights)
{
    public static SalientVector Empty { get; } = new([], []);

    /// <summary>Cosine of two normalised vectors: merge of two sorted id lists.</summary>
    public double Cosine(SalientVector other, out int shared)
    {
        double sum = 0;
        shared = 0;
        int i = 0, j = 0;
        while (i < TermIds.Length && j < other.TermIds.Length)
        {
            int a = TermIds[i], b = other.TermIds[j];
            if (a == b) { sum += Weights[i] * other.Weights[j]; shared++; i++; j++; }
            else if (a < b) i++;
            else j++;
        }
        return sum;
    }
}

/// <summary>
/// Document frequencies of terms over a corpus (first pass), then each article's salient-term
/// vector (second pass). Terms are kept as int ids so 30k articles' vectors take a few megabytes.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _df = [];

    public int Documents { get; private set; }

    /// <summary>First pass: counts each distinct term of the text once.</summary>
    public void AddDocument(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        global::Marsad.Corpus.Terms.Count(text, counts);
        foreach (var term in counts.Keys)
        {
            if (!_ids.TryGetValue(term, out int id)) { id = _ids.Count; _ids[term] = id; _df.Add(0); }
            _df[id]++;
        }
        Documents++;
    }

    /// <summary>Second pass: the top <see cref="StoryOptions.SalientTerms"/> terms by TF-IDF, leaving out terms seen in one article only (they link nothing) or in too many.</summary>
    public SalientVector Salient(string text, StoryOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        global::Marsad.Corpus.Terms.Count(text, counts);
        int maxDf = Math.Max(2, (int)(options.MaxTermShare * Documents));
        var scored = new List<(int Id, float Weight)>(counts.Count);
        foreach (var (term, tf) in counts)
        {
            if (!_ids.TryGetValue(term, out int id)) continue;
            int df = _df[id];
            if (df < 2 || df > maxDf) continue;
            scored.Add((id, (float)((1 + Math.Log(tf)) * Math.Log((double)Documents / df))));
        }
        if (scored.Count == 0) return SalientVector.Empty;
        scored.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        if (scored.Count > options.SalientTerms) scored.RemoveRange(options.SalientTerms, scored.Count - options.SalientTerms);
        scored.Sort((a, b) => a.Id.CompareTo(b.Id));
        double norm = Math.Sqrt(scored.Sum(s => (double)s.Weight * s.Weight));
        return new SalientVector(scored.Select(s => s.Id).ToArray(), scored.Select(s => (float)(s.Weight / norm)).ToArray());
    }
}
