using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// Generic names whose referent depends on the country an article is about (kb/actors.by-country.tsv):
/// "القوات الحكومية" in an Iraqi report is the Iraqi government, "طيران التحالف" in a Yemeni one the
/// Saudi-led coalition. Keys are normalised alias keys (<see cref="AliasKey"/>).
/// </summary>
public sealed class CountryContextActors
{
    public const string Format = "marsad.actors-by-country/1";

    private readonly Dictionary<(string Key, string Country), Actor> _byKeyAndCountry = [];
    private readonly HashSet<string> _generic = new(StringComparer.Ordinal);

    public static readonly CountryContextActors Empty = new();

    public int Count => _byKeyAndCountry.Count;

    /// <summary>Whether the table lists <paramref name="aliasKey"/> at all: a name that means someone different from country to country.</summary>
    public bool IsGeneric(string aliasKey) => _generic.Contains(aliasKey);

    /// <summary>The actor <paramref name="aliasKey"/> names in an article about <paramref name="country"/>, or null when the usual entry stands.</summary>
    public Actor? For(string aliasKey, string? country) =>
        country is not null && _byKeyAndCountry.TryGetValue((aliasKey, country), out var a) ? a : null;

    /// <summary>Reads the table; an unknown actor id or a bad country is an error naming file and line.</summary>
    internal static CountryContextActors Read(IEnumerable<string> files, IReadOnlyDictionary<string, Actor> actors)
    {
        var table = new CountryContextActors();
        foreach (var file in files)
        {
            foreach (var line in TsvResource.Read(file, Format, 3))
            {
                var key = AliasKey.Of(line[0]);
                if (key.Length == 0) throw line.Error("field 1 (name) is empty");
                var country = ActorTable.Country(line, 1) ?? throw line.Error("field 2 (country) is empty");
                var id = line.Optional(2) ?? throw line.Error("field 3 (actor id) is empty");
                if (!actors.TryGetValue(id, out var actor)) throw line.Error($"actor '{id}' is in no actor file");
                // A later file (a user's --resources overlay) replaces the shipped line for the same name and country.
                table._byKeyAndCountry[(key, country)] = actor;
                table._generic.Add(key);
            }
        }
        return table;
    }
}
