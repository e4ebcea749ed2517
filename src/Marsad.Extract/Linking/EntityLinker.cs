using Marsad.Extract.Knowledge;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Places;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Linking;

/// <summary>
/// Links entity mentions to the knowledge base. ORG and PER mentions get <c>id</c> and <c>name_en</c>
/// when an alias matches the span (normalised, proclitics stripped, acronyms in any case); a later
/// short form of a person ("زورين") shares the earlier full name's link ("ألكسندر زورين"). LOC
/// mentions get a place with coordinates, admin1 and precision; a name several places share is
/// resolved by the article's other places (country focus, governorate, distance) and population.
/// Anything unknown keeps its type with a null id; nothing here fails a document.
/// </summary>
/// <remarks>Needs: mention spans and types (from <see cref="MentionMatcher"/> and/or a tagger).
/// Adds: id, name_en, and for places lat, lon, admin1, precision. Never moves a span.</remarks>
public sealed class EntityLinker
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, Place> _countryPlace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _stateActor = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Admin1), Place> _governorate = [];
    private readonly string _countryside;

    public EntityLinker(KnowledgeBase kb)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        foreach (var p in kb.Places)
        {
            if (p.Country is null) continue;
            if (p.Precision == GeoPrecision.Country && (!_countryPlace.TryGetValue(p.Country, out var c) || IsCurated(p) && !IsCurated(c)))
                _countryPlace[p.Country] = p;
            if (p.Precision == GeoPrecision.Governorate && p.Admin1 is { } a1 && p.Feature == "A.ADM1")
                _governorate.TryAdd((p.Country, a1), p);
        }
        foreach (var a in kb.Actors)
            if (a.Kind == ActorKind.State && a.Country is { } iso && !_stateActor.ContainsKey(iso)) _stateActor[iso] = a;
        _countryside = AliasKey.Of("ريف");
    }

    /// <summary>Returns the mentions with links filled in, in the same order, spans unchanged.</summary>
    public IReadOnlyList<EntityRecord> Link(DocumentContext doc, IReadOnlyList<EntityRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return Link(doc.Text, mentions);
    }

    /// <summary>As <see cref="Link(DocumentContext, IReadOnlyList{EntityRecord})"/>, over a bare text.</summary>
    public IReadOnlyList<EntityRecord> Link(string text, IReadOnlyList<EntityRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new EntityRecord[mentions.Count];
        var placeCandidates = new List<Place>?[mentions.Count];
        var orgKeys = new string?[mentions.Count];
        var resolver = new PlaceResolver();

        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var span = new TextSpan(mention.Start, mention.End);
            var tokens = AliasKey.Tokens(span.Of(text));
            if (mention.Type == "LOC")
            {
                var candidates = PlaceCandidates(tokens);
                placeCandidates[m] = candidates;
                resolver.AddContext(candidates);
                result[m] = mention with { Id = null, NameEn = null, Lat = null, Lon = null, Admin1 = null, Precision = null };
            }
            else if (mention.Type is "ORG" or "PER")
            {
                var (actor, key) = FindActor(tokens, mention.Type);
                if (mention.Type == "ORG") orgKeys[m] = key;
                result[m] = actor is null ? mention with { Id = null, NameEn = null } : mention with { Id = actor.Id, NameEn = actor.NameEn };
            }
            else result[m] = mention;
        }

        var resolvedCountries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 0; m < result.Length; m++)
        {
            if (placeCandidates[m] is not { Count: > 0 } candidates) continue;
            var place = resolver.Choose(candidates);
            if (place.Country is { } pc) resolvedCountries[pc] = resolvedCountries.GetValueOrDefault(pc) + 1;
            result[m] = result[m] with
            {
                Id = place.Id, NameEn = place.NameEn, Lat = place.Lat, Lon = place.Lon, Admin1 = place.Admin1,
                Precision = GeoPrecisions.Name(place.Precision),
            };
        }

        // Generic names ("القوات الحكومية", "طيران التحالف", "وزارة الداخلية") name whoever acts in the
        // country the article is about; known only once every place has been read.
        if (_kb.ByCountry.Count > 0)
        {
            for (int m = 0; m < result.Length; m++)
                if (orgKeys[m] is { } key && _kb.ByCountry.IsGeneric(key))
                    result[m] = LinkGeneric(result[m], key, FocusOf(resolvedCountries, resolver.FocusCountry));
        }

        PersonCoreference.Apply(result, text);
        return result;
    }

    /// <summary>
    /// The country most of the article's places lie in once each is resolved ("الرياض" counts for Saudi
    /// Arabia after resolution, though other Riyadhs kept it out of the resolver's own focus); a tie
    /// keeps the resolver's focus, or none.
    /// </summary>
    private static string? FocusOf(Dictionary<string, int> counts, string? resolverFocus)
    {
        string? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (var (country, n) in counts)
        {
            if (n > bestCount) { best = country; bestCount = n; tie = false; }
            else if (n == bestCount) tie = true;
        }
        if (!tie) return best;
        return resolverFocus is not null && counts.GetValueOrDefault(resolverFocus) == bestCount ? resolverFocus : null;
    }

    /// <summary>
    /// A generic name: the actor the table gives for the article's country; else the name's usual
    /// entry, unless it belongs to another country than the article's (the Syrian government is not
    /// "القوات الحكومية" of a Tunisian report) or comes from an import that filed the bare name under
    /// one state (PETRARCH lists "وزارة الداخلية" under Afghanistan's government) — then no link.
    /// </summary>
    private EntityRecord LinkGeneric(EntityRecord mention, string key, string? focus)
    {
        if (_kb.ByCountry.For(key, focus) is { } local) return mention with { Id = local.Id, NameEn = local.NameEn };
        if (mention.Id is null || _kb.Actor(mention.Id) is not { } usual) return mention;
        bool otherCountry = focus is not null && usual.Country is { } c && c != focus;
        return otherCountry || usual.FromPetrarch ? mention with { Id = null, NameEn = null } : mention;
    }

    /// <summary>
    /// The alias entry for a span's tokens. Tries the span as it is, then each proclitic reading of its
    /// first word, then the article restored on a span cut after the first lam of "لل" ("لجيش السوري"
    /// → "الجيش السوري"); of several hits the one whose best target ranks highest wins, so a curated
    /// name beats a PETRARCH lemma that only matches once a letter is stripped.
    /// </summary>
    private AliasEntry? Lookup(string[] tokens, int from)
    {
        if (from >= tokens.Length) return null;
        var key = string.Join(' ', tokens, from, tokens.Length - from);
        if (_kb.Aliases.Get(key) is { } exact) return exact;
        var rest = from + 1 < tokens.Length ? " " + string.Join(' ', tokens, from + 1, tokens.Length - from - 1) : "";
        AliasEntry? best = null;
        void Consider(AliasEntry? e)
        {
            if (e is not null && (best is null || e.Targets[0].Rank > best.Targets[0].Rank)) best = e;
        }
        var first = tokens[from];
        if (first.Length > 2 && first[0] == 'ل') Consider(_kb.Aliases.Get(string.Concat("ا", first, rest)));
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticVariants.MaxReadings];
        Span<char> buffer = stackalloc char[first.Length + 1];
        int n = ProcliticVariants.Of(first, readings);
        for (int r = 1; r < n; r++)
        {
            int len = readings[r].Key(first, buffer);
            Consider(_kb.Aliases.Get(string.Concat(buffer[..len], rest)));
        }
        return best;
    }

    private List<Place> PlaceCandidates(string[] tokens)
    {
        var list = new List<Place>();
        int from = 0;
        // Descriptive heads the tagger left inside ("مدينة حلب") do not belong to the name.
        while (from < tokens.Length - 1 && _kb.Words.IsDescriptiveHead(tokens[from]) && _kb.Aliases.Get(string.Join(' ', tokens, from, tokens.Length - from)) is null)
            from++;
        var entry = Lookup(tokens, from);
        if (entry is not null)
        {
            foreach (var t in entry.Targets) if (t.Place is not null) list.Add(t.Place);
            if (list.Count == 0)
                foreach (var t in entry.Targets)
                    if (t.Actor is { Kind: ActorKind.State, Country: { } iso } && _countryPlace.TryGetValue(iso, out var cp)) { list.Add(cp); break; }
            return list;
        }
        // "ريف X": the countryside of X is X's governorate when no entry names it.
        if (tokens.Length > from + 1 && tokens[from] == _countryside && Lookup(tokens, from + 1) is { } inner)
        {
            foreach (var t in inner.Targets)
                if (t.Place is { Country: { } c, Admin1: { } a } && _governorate.TryGetValue((c, a), out var gov) && !list.Contains(gov)) list.Add(gov);
        }
        return list;
    }

    /// <summary>The actor a span names, and the normalised name it was found under (the alias's key, else the span's own).</summary>
    private (Actor? Actor, string? Key) FindActor(string[] tokens, string type)
    {
        if (tokens.Length == 0) return (null, null);
        int from = 0;
        // Heads the tagger left inside ("تنظيم داعش", "ميليشيا الدفاع الوطني") are not part of the name.
        AliasEntry? entry;
        while ((entry = Lookup(tokens, from)) is null && from < tokens.Length - 1 && _kb.Words.IsOrganisationHead(tokens[from]))
            from++;
        if (entry is null) return (null, string.Join(' ', tokens));
        Actor? any = null;
        foreach (var t in entry.Targets)
        {
            if (t.Actor is null) continue;
            if (t.Actor.EntityType == type) return (t.Actor, entry.Key);
            any ??= t.Actor;
        }
        // A person is linked to a person only: PETRARCH files persons under their role ("Iraq (government)").
        if (type == "PER") return (null, entry.Key);
        if (any is not null) return (any, entry.Key);
        // A country named as an organisation is its state's side.
        foreach (var t in entry.Targets)
            if (type == "ORG" && t.Place is { Precision: GeoPrecision.Country, Country: { } iso } && _stateActor.TryGetValue(iso, out var state)) return (state, entry.Key);
        return (null, entry.Key);
    }

    private static bool IsCurated(Place p) => p.Id.StartsWith("place:", StringComparison.Ordinal);
}
