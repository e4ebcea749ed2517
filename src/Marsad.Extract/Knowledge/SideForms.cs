namespace Marsad.Extract.Knowledge;

/// <summary>
/// Expands a state's demonym into the phrases that stand for its side (record.md: "الروس",
/// "الجانب الروسي" are ORG mentions of Russia). The phrases are data (kb/side-templates.tsv) with
/// slots filled from the masculine adjective: {m} روسي, {m_def} الروسي, {f} روسية, {f_def} الروسية,
/// {pl} روس, {pl_def} الروس. Plural slots take only the plurals the actor file lists: whether a
/// nation's people stand for its side ("الروس" in Syria reporting) or are just people ("العمال
/// المصريين") is a curator's call, so imported demonyms expand the singular templates only.
/// </summary>
public static class SideForms
{
    /// <param name="demonyms">Masculine singular adjective first (spelling variants joined by <c>/</c>:
    /// "أمريكي/أميركي"), then the plurals that stand for the side ("روس").</param>
    /// <param name="templates">Templates with slots, e.g. <c>الجانب {m_def}</c>.</param>
    public static IEnumerable<string> Expand(IReadOnlyList<string> demonyms, IReadOnlyList<string> templates)
    {
        if (demonyms.Count == 0) yield break;
        foreach (var variant in demonyms[0].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var phrase in ExpandOne(variant, demonyms, templates)) yield return phrase;
    }

    private static IEnumerable<string> ExpandOne(string m, IReadOnlyList<string> demonyms, IReadOnlyList<string> templates)
    {
        string f = m + "ة";
        var plurals = new List<string>();
        for (int i = 1; i < demonyms.Count; i++) plurals.Add(demonyms[i]);
        foreach (var t in templates)
        {
            if (t.Contains("{pl", StringComparison.Ordinal))
            {
                foreach (var pl in plurals)
                    yield return Fill(t, m, f).Replace("{pl_def}", Definite(pl), StringComparison.Ordinal).Replace("{pl}", pl, StringComparison.Ordinal);
            }
            else yield return Fill(t, m, f);
        }
    }

    private static string Fill(string template, string m, string f) => template
        .Replace("{m_def}", Definite(m), StringComparison.Ordinal)
        .Replace("{f_def}", Definite(f), StringComparison.Ordinal)
        .Replace("{m}", m, StringComparison.Ordinal)
        .Replace("{f}", f, StringComparison.Ordinal);

    private static string Definite(string word) => word.StartsWith("ال", StringComparison.Ordinal) ? word : "ال" + word;
}
