using System.Globalization;
using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// Actors, places and outlets with their Arabic names, loaded once from <c>resources/kb/</c> (and any
/// <c>--resources DIR</c> overlays), validated on load, and indexed by normalised alias for the
/// matcher and the linker. Immutable after <see cref="Load"/>; safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> LazyShipped = new(() => Load(ResourceSet.Shipped));

    private readonly Dictionary<string, Actor> _actorsById;
    private readonly Dictionary<string, Place> _placesById;

    private KnowledgeBase(Dictionary<string, Actor> actors, Dictionary<string, Place> places, AliasIndex index, ContextWords words, CountryContextActors byCountry)
    {
        _actorsById = actors;
        _placesById = places;
        Aliases = index;
        Words = words;
        ByCountry = byCountry;
    }

    /// <summary>The shipped knowledge base, loaded on first use.</summary>
    public static KnowledgeBase Shipped => LazyShipped.Value;

    public IReadOnlyCollection<Actor> Actors => _actorsById.Values;
    public IReadOnlyCollection<Place> Places => _placesById.Values;

    /// <summary>Every normalised alias with the actors and places it names, best first.</summary>
    public AliasIndex Aliases { get; }

    /// <summary>Descriptive heads and locative words (kb/context-words.tsv).</summary>
    public ContextWords Words { get; }

    /// <summary>Generic names that name another actor in an article about a given country (kb/actors.by-country.tsv).</summary>
    public CountryContextActors ByCountry { get; }

    public Actor? Actor(string id) => _actorsById.GetValueOrDefault(id);
    public Place? Place(string id) => _placesById.GetValueOrDefault(id);

    /// <summary>
    /// Reads every knowledge-base file of <paramref name="resources"/>, in precedence order (imported,
    /// then curated, then the user's overlays). A malformed line throws <see cref="ResourceFormatException"/>
    /// naming the file and line.
    /// </summary>
    public static KnowledgeBase Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var templates = new List<string>();
        foreach (var file in resources.Files(KbFiles.SideTemplates))
            foreach (var line in TsvResource.Read(file, KbFiles.SideTemplateFormat, 1))
                templates.Add(line[0]);
        var words = ContextWords.Read(resources.Files(KbFiles.ContextWords));

        // Actors: later files replace earlier entries with the same id; the rank says which file an
        // alias came from, so that an alias two actors share resolves to the higher-precedence one.
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var actorRank = new Dictionary<string, int>(StringComparer.Ordinal);
        int rank = 0;
        foreach (var relative in KbFiles.ActorFiles)
        {
            if (relative == KbFiles.CuratedActors)
            {
                // Outlets rank between imported and curated actors.
                foreach (var file in resources.Files(KbFiles.Outlets))
                {
                    rank++;
                    foreach (var actor in ActorTable.ReadOutlets(file))
                    { actors[actor.Id] = actor; actorRank[actor.Id] = rank; }
                }
            }
            foreach (var file in resources.Files(relative))
            {
                rank++;
                foreach (var actor in ActorTable.Read(file, templates))
                { actors[actor.Id] = actor; actorRank[actor.Id] = rank; }
            }
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        var placeRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relative in KbFiles.PlaceFiles)
        {
            foreach (var file in resources.Files(relative))
            {
                rank++;
                foreach (var place in PlaceTable.Read(file, words))
                {
                    var merged = place;
                    if (place.SameAs is { } other && places.Remove(other, out var imported))
                        merged = PlaceTable.Merge(place, imported);
                    places[merged.Id] = merged;
                    placeRank[merged.Id] = rank;
                }
            }
        }

        var index = AliasIndex.Build(actors.Values, actorRank, places.Values, placeRank);
        var byCountry = CountryContextActors.Read(resources.Files(KbFiles.ActorsByCountry), actors);
        return new KnowledgeBase(actors, places, index, words, byCountry);
    }

    internal static double? ParseCoordinate(TsvLine line, int field, double limit)
    {
        var text = line.Optional(field);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || Math.Abs(v) > limit)
            throw line.Error($"field {field + 1} '{text}' is not a coordinate in [-{limit}, {limit}]");
        return v;
    }
}
