namespace Marsad.Extract.Knowledge;

/// <summary>What sort of actor a knowledge-base entry is; decides its entity type (PER or ORG).</summary>
public enum ActorKind
{
    State,
    Government,
    GovernmentBody,
    ArmedForces,
    ArmedGroup,
    Militia,
    Party,
    Igo,
    Ngo,
    Media,
    Person,
}

/// <summary>Spelling of <see cref="ActorKind"/> in resource files (kebab-case, as in actors.tsv).</summary>
public static class ActorKinds
{
    private static readonly Dictionary<string, ActorKind> ByName = new(StringComparer.Ordinal)
    {
        ["state"] = ActorKind.State,
        ["government"] = ActorKind.Government,
        ["government-body"] = ActorKind.GovernmentBody,
        ["armed-forces"] = ActorKind.ArmedForces,
        ["armed-group"] = ActorKind.ArmedGroup,
        ["militia"] = ActorKind.Militia,
        ["party"] = ActorKind.Party,
        ["igo"] = ActorKind.Igo,
        ["ngo"] = ActorKind.Ngo,
        ["media"] = ActorKind.Media,
        ["person"] = ActorKind.Person,
    };

    public static bool TryParse(string text, out ActorKind kind) => ByName.TryGetValue(text, out kind);

    public static string Name(ActorKind kind) => kind switch
    {
        ActorKind.GovernmentBody => "government-body",
        ActorKind.ArmedForces => "armed-forces",
        ActorKind.ArmedGroup => "armed-group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>All names a file may use, for error messages.</summary>
    public static string Known => string.Join(", ", ByName.Keys);
}

/// <summary>
/// An actor of the knowledge base: a state's side, a government body, an armed group, a media
/// outlet or a person, with the Arabic names it is mentioned by.
/// </summary>
/// <param name="Id"><c>actor:&lt;slug&gt;</c> or <c>person:&lt;slug&gt;</c>, stable across versions.</param>
/// <param name="NameEn">English canonical name written into records.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country it belongs to, where one applies.</param>
/// <param name="Cameo">CAMEO actor code (e.g. <c>SYRGOV</c>), where one exists.</param>
/// <param name="Aliases">Arabic (and Latin acronym) names as written in the files, not normalised.</param>
/// <param name="Source">Which file the entry came from (for messages and provenance).</param>
public sealed record Actor(string Id, string NameEn, ActorKind Kind, string? Country, string? Cameo, IReadOnlyList<string> Aliases, string Source)
{
    /// <summary>Phrases generated from the demonyms by the side templates ("الجانب الروسي"); an
    /// explicit alias of another actor in the same file wins over them ("الشرطة الروسية").</summary>
    public IReadOnlyList<string> SideAliases { get; init; } = [];

    /// <summary>Whether it comes from the PETRARCH import: lemma-form names filed under one state's role,
    /// used to link a span found otherwise, never to find one or to decide what a generic name means.</summary>
    public bool FromPetrarch => Source.StartsWith(Path.GetFileName(KbFiles.PetrarchActors), StringComparison.Ordinal);

    /// <summary>The record's entity type for a mention of this actor: PER for persons, else ORG.</summary>
    public string EntityType => Kind == ActorKind.Person ? "PER" : "ORG";
}
