namespace Marsad.Extract.Knowledge;

/// <summary>
/// Relative paths and format tags of the knowledge-base files under <c>resources/kb/</c>. Files are
/// read in the order listed; a later file's entry with the same id replaces an earlier one, so
/// curated entries override imported ones and a user's <c>--resources DIR</c> file of the same name
/// overrides the shipped one.
/// </summary>
public static class KbFiles
{
    public const string ActorFormat = "marsad.actors/1";
    public const string PlaceFormat = "marsad.places/1";
    public const string OutletFormat = "marsad.outlets/1";
    public const string SideTemplateFormat = "marsad.side-templates/1";
    public const string ContextWordFormat = "marsad.context-words/1";

    /// <summary>Imported from the UniversalPetrarch dictionaries; used for linking, not for finding mentions.</summary>
    public const string PetrarchActors = "kb/petrarch-actors.tsv";
    /// <summary>States and their demonyms, imported from CLDR and the nationality list.</summary>
    public const string CountryActors = "kb/actors.countries.tsv";
    public const string Outlets = "kb/outlets.tsv";
    public const string CuratedActors = "kb/actors.curated.tsv";

    public const string GeoNamesPlaces = "kb/places.geonames.tsv";
    public const string SyriaAdminPlaces = "kb/places.syria-admin.tsv";
    public const string CountryPlaces = "kb/places.countries.tsv";
    public const string CuratedPlaces = "kb/places.curated.tsv";

    public const string SideTemplates = "kb/side-templates.tsv";
    public const string ContextWords = "kb/context-words.tsv";
    /// <summary>Generic names whose actor depends on the article's country (<see cref="CountryContextActors"/>).</summary>
    public const string ActorsByCountry = "kb/actors.by-country.tsv";

    /// <summary>Actor files from lowest to highest precedence.</summary>
    public static readonly string[] ActorFiles = [PetrarchActors, CountryActors, CuratedActors];

    /// <summary>Place files from lowest to highest precedence.</summary>
    public static readonly string[] PlaceFiles = [GeoNamesPlaces, SyriaAdminPlaces, CountryPlaces, CuratedPlaces];
}
