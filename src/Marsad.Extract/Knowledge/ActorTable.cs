using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// Reads actor files (<c>marsad.actors/1</c>) and outlet files (<c>marsad.outlets/1</c>).
/// Actor columns: id, name_en, kind, country (ISO2), cameo, aliases (<c>|</c>), demonyms (optional:
/// masculine adjective then irregular plurals, <c>|</c>), source (optional).
/// Outlet columns: id, name_en, country, aliases (<c>|</c>), domain (optional).
/// </summary>
internal static class ActorTable
{
    public static IEnumerable<Actor> Read(string file, IReadOnlyList<string> sideTemplates)
    {
        foreach (var line in TsvResource.Read(file, KbFiles.ActorFormat, 6))
        {
            var id = RequireId(line, 0, "actor:", "person:");
            var nameEn = line.Optional(1) ?? throw line.Error("field 2 (name_en) is empty");
            if (!ActorKinds.TryParse(line[2], out var kind))
                throw line.Error($"field 3 kind '{line[2]}' is not one of: {ActorKinds.Known}");
            var country = Country(line, 3);
            var cameo = line.Optional(4);
            if (cameo is not null && !IsCameo(cameo))
                throw line.Error($"field 5 CAMEO code '{cameo}' is not upper-case letters in groups of three");
            var aliases = Split(line.Optional(5));
            var side = line.Optional(6) is { } demonyms ? SideForms.Expand(Split(demonyms), sideTemplates).ToList() : [];
            if (aliases.Count == 0 && side.Count == 0) throw line.Error("no alias and no demonym: nothing would ever match this actor");
            yield return new Actor(id, nameEn, kind, country, cameo, aliases, $"{Path.GetFileName(file)}:{line.Number}") { SideAliases = side };
        }
    }

    public static IEnumerable<Actor> ReadOutlets(string file)
    {
        foreach (var line in TsvResource.Read(file, KbFiles.OutletFormat, 4))
        {
            var id = RequireId(line, 0, "actor:");
            var nameEn = line.Optional(1) ?? throw line.Error("field 2 (name_en) is empty");
            var aliases = Split(line.Optional(3));
            // An outlet with mastheads (field 6, the scraped-text cleaner's names) but no Arabic alias is one the
            // knowledge base does not match in text: its names are also common words ("الوطن", "النهار").
            if (aliases.Count == 0 && line.Optional(5) is not null) continue;
            if (aliases.Count == 0) throw line.Error("field 4 (Arabic names) is empty");
            yield return new Actor(id, nameEn, ActorKind.Media, Country(line, 2), null, aliases, $"{Path.GetFileName(file)}:{line.Number}");
        }
    }

    internal static string RequireId(TsvLine line, int field, params string[] prefixes)
    {
        var id = line.Optional(field) ?? throw line.Error($"field {field + 1} (id) is empty");
        foreach (var p in prefixes)
            if (id.Length > p.Length && id.StartsWith(p, StringComparison.Ordinal) && !id.Contains(' ', StringComparison.Ordinal))
                return id;
        throw line.Error($"id '{id}' must start with {string.Join(" or ", prefixes)} and contain no space");
    }

    internal static string? Country(TsvLine line, int field)
    {
        var c = line.Optional(field);
        if (c is null) return null;
        if (c.Length != 2 || !char.IsAsciiLetterUpper(c[0]) || !char.IsAsciiLetterUpper(c[1]))
            throw line.Error($"field {field + 1} country '{c}' is not an ISO 3166-1 alpha-2 code");
        return c;
    }

    internal static List<string> Split(string? field)
    {
        var list = new List<string>();
        if (field is null) return list;
        foreach (var part in field.Split('|'))
        {
            var t = part.Trim();
            if (t.Length > 0) list.Add(t);
        }
        return list;
    }

    private static bool IsCameo(string code)
    {
        if (code.Length % 3 != 0) return false;
        foreach (char c in code) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
