using System.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>
/// Imports UniversalPetrarch's Arabic actor and agent dictionaries (actor_dict_ar_v4.txt,
/// agents.all.ar_v3.txt; format in lexicons/petrarch-arabic/README.md) into a <c>marsad.actors/1</c>
/// file: one actor per CAMEO code (<c>actor:cameo-syrgov</c> "Syria (government)"; a bare country code
/// becomes the state <c>actor:syria</c>), with every phrase whose current code it is as an alias.
/// Phrases are lemmas ("وزارة_دفاع_أميركي_"); besides the lemma the importer writes the surface form
/// news uses most ("وزارة الدفاع الأميركية": article on the words after the first, feminine nisba
/// after a feminine head). Role-only codes (<c>MIL</c>, <c>CVL</c>) name no actor and are skipped;
/// agents (<c>[~GOV]</c>) have no country and are skipped too: they are role words for event coding.
/// </summary>
public sealed class PetrarchImporter
{
    /// <summary>CAMEO codes that name an actor without a country (CAMEO 1.1b3, "international actors").</summary>
    private static readonly string[] StatelessActorCodes = ["IGO", "NGO", "IMG", "UNO", "NGM"];

    private readonly Dictionary<string, CountryInfo> _byIso3;
    private readonly Dictionary<string, (string Name, string Kind)> _roles;

    /// <param name="countries">GeoNames countryInfo rows (ISO3 → name, ISO2).</param>
    /// <param name="roles">CAMEO role and non-state codes → English gloss and actor kind (kb/cameo-roles.tsv).</param>
    public PetrarchImporter(IEnumerable<CountryInfo> countries, IReadOnlyDictionary<string, (string Name, string Kind)> roles)
    {
        _byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        _roles = new Dictionary<string, (string, string)>(roles, StringComparer.Ordinal);
    }

    /// <summary>Reads kb/cameo-roles.tsv (<c>marsad.cameo-roles/1</c>: code, english, kind, or <c>-</c> for
    /// "not an actor", or <c>~</c> for a qualifier that does not decide the kind).</summary>
    public static Dictionary<string, (string Name, string Kind)> ReadRoles(IEnumerable<string> files)
    {
        var roles = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var line in TsvResource.Read(file, "marsad.cameo-roles/1", 3))
            {
                if (line[2] is not ("-" or "~") && !ActorKinds.TryParse(line[2], out _)) throw line.Error($"kind '{line[2]}' is not '-' or one of: {ActorKinds.Known}");
                roles[line[0]] = (line[1], line[2]);
            }
        return roles;
    }

    /// <summary>Statistics of one run, for the command's summary.</summary>
    public sealed record Summary(int Phrases, int Actors, int SkippedCodes);

    /// <summary>Parses the actor dictionary and writes the actor file.</summary>
    public Summary Import(string actorDictionary, string output)
    {
        var phrases = ParseActorDictionary(actorDictionary);
        var byCode = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        int skipped = 0;
        foreach (var (phrase, code) in phrases)
        {
            if (Describe(code) is null) { skipped++; continue; }
            if (!byCode.TryGetValue(code, out var list)) byCode[code] = list = [];
            foreach (var form in SurfaceForms(phrase)) if (!list.Contains(form)) list.Add(form);
        }
        var merged = new SortedDictionary<string, (string Name, string Kind, string? Iso2, string Code, List<string> Aliases)>(StringComparer.Ordinal);
        foreach (var (code, aliases) in byCode)
        {
            var (id, name, kind, iso2) = Describe(code)!.Value;
            if (merged.TryGetValue(id, out var existing)) { foreach (var a in aliases) if (!existing.Aliases.Contains(a)) existing.Aliases.Add(a); }
            else merged[id] = (name, kind, iso2, code, aliases);
        }
        using var w = new TsvWriter(output, KbFiles.ActorFormat, [
            "Imported from UniversalPetrarch's Arabic actor dictionary (openeventdata/UniversalPetrarch, branch arabic,",
            "commit a0af422b2e6d4d47263c9eeca3e5b7fac1d9df0e; MIT, Copyright (c) 2016 Open Event Data Alliance).",
            "One actor per CAMEO code; aliases are the lemma phrases and their likely surface forms. Used for linking",
            "spans a tagger finds, not for finding mentions (lemmas are not text). Rebuild, do not edit:",
            "  marsad kb import-petrarch ../shared/data/lexicons/petrarch-arabic -o resources/kb/petrarch-actors.tsv",
            "columns: id\tname_en\tkind\tcountry\tcameo\taliases_ar\tdemonyms\tsource"]);
        foreach (var (id, e) in merged)
            w.Row(id, e.Name, e.Kind, e.Iso2, e.Code, string.Join('|', e.Aliases), "", "petrarch");
        return new Summary(phrases.Count, w.Rows, skipped);
    }

    /// <summary>(phrase, current code) pairs: for a phrase with dated codes, the code whose range starts last.</summary>
    public static List<(string Phrase, string Code)> ParseActorDictionary(string path)
    {
        var result = new List<(string, string)>();
        string? phrase = null;
        string? bestCode = null;
        long bestStart = long.MinValue;
        void Flush()
        {
            if (phrase is not null && bestCode is not null) result.Add((phrase, bestCode));
            phrase = null; bestCode = null; bestStart = long.MinValue;
        }
        void Offer(string codeLine)
        {
            // "[CODE DATES]": the code is the first word; "[ 19950518-…]" has none.
            var inner = codeLine.Trim().TrimStart('[').Split(']')[0].Trim();
            var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !IsCode(parts[0])) return;
            long start = 0;
            if (parts.Length > 1)
            {
                var dates = string.Concat(parts[1..]).TrimStart('>', '<');
                long.TryParse(dates.Split('-')[0], out start);
            }
            if (start >= bestStart) { bestStart = start; bestCode = parts[0]; }
        }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Replace("\u200E", "", StringComparison.Ordinal);
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            if (line.TrimStart().StartsWith("<!", StringComparison.Ordinal)) continue;
            var t = line.Trim();
            if (t.Length == 0) continue;
            if (t[0] == '[') { Offer(t); continue; }
            if (t[0] == '+' && phrase is not null) { var synonym = Clean(t[1..]); if (synonym.Length > 0 && bestCode is not null) result.Add((synonym, bestCode)); continue; }
            Flush();
            int bracket = t.IndexOf('[', StringComparison.Ordinal);
            phrase = Clean(bracket >= 0 ? t[..bracket] : t);
            if (bracket >= 0) Offer(t[bracket..]);
            if (phrase.Length == 0) phrase = null;
        }
        Flush();
        return result;
    }

    private static string Clean(string lemma)
    {
        var sb = new StringBuilder(lemma.Length);
        foreach (var word in lemma.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word);
        }
        return sb.ToString();
    }

    private static bool IsCode(string code)
    {
        if (code.Length == 0 || code.Length % 3 != 0) return false;
        foreach (char c in code) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>The lemma and the surface form news most often uses.</summary>
    public static IEnumerable<string> SurfaceForms(string lemma)
    {
        yield return lemma;
        var words = lemma.Split(' ');
        if (words.Length < 2) yield break;
        var sb = new StringBuilder(words[0]);
        bool feminineHead = words[0].EndsWith('ة');
        for (int i = 1; i < words.Length; i++)
        {
            var w = words[i];
            sb.Append(' ');
            // One-letter and short function words (ل، في، من) take no article.
            if (w.Length <= 2 || w.StartsWith("ال", StringComparison.Ordinal)) { sb.Append(w); continue; }
            if (i == words.Length - 1 && feminineHead && w.EndsWith('ي')) w += "ة";
            sb.Append("ال").Append(w);
        }
        var surface = sb.ToString();
        if (surface != lemma) yield return surface;
    }

    /// <summary>Id, English name, kind and country of a CAMEO code, or null when it names no actor.</summary>
    public (string Id, string Name, string Kind, string? Iso2)? Describe(string code)
    {
        string first = code[..3];
        CountryInfo? country = _byIso3.GetValueOrDefault(first);
        int roleStart = country is null ? 0 : 3;
        // Without a country only an organisation code names an actor (IGO, NGO …); "MIL" alone is a role word.
        if (country is null && Array.IndexOf(StatelessActorCodes, first) < 0) return null;
        if (country is not null && code.Length == 3)
            return ($"actor:{Slug.From(country.NameEn)}", country.NameEn, "state", country.Iso2);
        var glosses = new List<string>();
        string? kind = null;
        for (int i = roleStart; i < code.Length; i += 3)
        {
            if (!_roles.TryGetValue(code.Substring(i, 3), out var role)) return null;
            if (role.Kind == "-") return null;
            glosses.Add(role.Name);
            if (role.Kind != "~") kind = role.Kind;
        }
        if (kind is null) return null;
        var name = country is null ? string.Join(", ", glosses) : $"{country.NameEn} ({string.Join(", ", glosses)})";
        return ($"actor:cameo-{code.ToLowerInvariant()}", name, kind!, country?.Iso2);
    }
}
