namespace Marsad.Extract.Knowledge;

/// <summary>One thing an alias names: an actor or a place, with the precedence of the file it came from.</summary>
/// <param name="Actor">The actor named, or null for a place.</param>
/// <param name="Place">The place named, or null for an actor.</param>
/// <param name="Rank">Higher wins when two entries share an alias (curated over imported, user over shipped).</param>
/// <param name="Recognise">Whether the matcher may report a mention on this alias alone; lemma-form
/// imports (PETRARCH) and tiny villages are used for linking a span someone else found, not for finding one.</param>
public readonly record struct AliasTarget(Actor? Actor, Place? Place, int Rank, bool Recognise)
{
    public string Id => Actor?.Id ?? Place!.Id;
}

/// <summary>An alias's normalised tokens and what it names, best first.</summary>
public sealed class AliasEntry(string key, string[] tokens, AliasTarget[] targets)
{
    public string Key { get; } = key;
    public string[] Tokens { get; } = tokens;
    /// <summary>Ordered by rank, highest first.</summary>
    public AliasTarget[] Targets { get; } = targets;
    public bool Recognisable { get; } = Array.Exists(targets, t => t.Recognise);
}

/// <summary>
/// Aliases keyed by their normalised form (<see cref="AliasKey"/>), and grouped by first token,
/// longest first, so the matcher tries one hash lookup per token position.
/// </summary>
public sealed class AliasIndex
{
    private static readonly AliasEntry[] None = [];
    private readonly Dictionary<string, AliasEntry> _byKey;
    private readonly Dictionary<string, AliasEntry[]> _byFirstToken;

    private AliasIndex(Dictionary<string, AliasEntry> byKey, Dictionary<string, AliasEntry[]> byFirst)
    {
        _byKey = byKey;
        _byFirstToken = byFirst;
    }

    public int Count => _byKey.Count;

    /// <summary>The entry for a whole normalised key, or null.</summary>
    public AliasEntry? Get(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Entries whose first token is <paramref name="token"/>, longest first.</summary>
    public AliasEntry[] StartingWith(string token) => _byFirstToken.GetValueOrDefault(token) ?? None;

    /// <summary>Entries whose first token is <paramref name="token"/>, longest first (allocation-free lookup).</summary>
    public AliasEntry[] StartingWith(ReadOnlySpan<char> token) =>
        _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var e) ? e : None;

    internal static AliasIndex Build(IEnumerable<Actor> actors, Dictionary<string, int> actorRank, IEnumerable<Place> places, Dictionary<string, int> placeRank)
    {
        var targets = new Dictionary<string, List<AliasTarget>>(StringComparer.Ordinal);
        var tokensOf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string alias, AliasTarget target)
        {
            var tokens = AliasKey.Tokens(alias);
            if (tokens.Length == 0) return;
            var key = string.Join(' ', tokens);
            if (!targets.TryGetValue(key, out var list)) { targets[key] = list = []; tokensOf[key] = tokens; }
            foreach (var t in list) if (t.Id == target.Id) return;
            list.Add(target);
        }
        foreach (var a in actors)
        {
            bool recognise = !a.FromPetrarch;
            // Ranks are doubled so that within one file an explicit alias (odd) beats a generated side phrase (even).
            var target = new AliasTarget(a, null, 2 * actorRank[a.Id] + 1, recognise);
            foreach (var alias in a.Aliases) Add(alias, target);
            var side = target with { Rank = 2 * actorRank[a.Id] };
            foreach (var alias in a.SideAliases) Add(alias, side);
        }
        foreach (var p in places)
        {
            var target = new AliasTarget(null, p, 2 * placeRank[p.Id] + 1, IsRecognisable(p));
            foreach (var alias in p.NamesAr) Add(alias, target);
        }

        var byKey = new Dictionary<string, AliasEntry>(targets.Count, StringComparer.Ordinal);
        var byFirst = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        foreach (var (key, list) in targets)
        {
            // Stable: equal ranks keep file order.
            var sorted = list.OrderByDescending(t => t.Rank).ToList();
            list.Clear();
            list.AddRange(sorted);
            var entry = new AliasEntry(key, tokensOf[key], [.. list]);
            byKey[key] = entry;
            if (!byFirst.TryGetValue(entry.Tokens[0], out var group)) byFirst[entry.Tokens[0]] = group = [];
            group.Add(entry);
        }
        var compiled = new Dictionary<string, AliasEntry[]>(byFirst.Count, StringComparer.Ordinal);
        foreach (var (first, group) in byFirst)
        {
            group.Sort((x, y) => y.Tokens.Length.CompareTo(x.Tokens.Length));
            compiled[first] = [.. group];
        }
        return new AliasIndex(byKey, compiled);
    }

    /// <summary>
    /// Imported villages are many and their names are often ordinary words ("النصر", "الحرية"); they
    /// are linked when a tagger finds them but not reported on their name alone. Curated entries,
    /// imported admin units and capitals, and imported places of 1,000 people or more are reported (1,000: the smallest GeoNames
    /// populated places that Syrian conflict reports name routinely are small towns of that size).
    /// </summary>
    private static bool IsRecognisable(Place p) =>
        p.Id.StartsWith("place:", StringComparison.Ordinal)
        || p.Population >= 1000
        || p.Feature.StartsWith("A.", StringComparison.Ordinal)
        || p.Feature is "P.PPLC" or "P.PPLA" or "P.PPLA2";
}
