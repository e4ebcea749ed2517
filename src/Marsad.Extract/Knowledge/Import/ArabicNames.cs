using Marsad.Text;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>Picks the Arabic-script names out of gazetteer name lists and strips descriptive heads from them.</summary>
public sealed class ArabicNames(ContextWords words)
{
    /// <summary>
    /// Whether a name is written in Arabic proper: only the letters hamza…yeh (U+0621–U+064A) and spaces or
    /// hyphens, at least three letters. GeoNames' Arabic-script alternate names include Persian, Kurdish and
    /// Urdu forms (ی ک ە ہ) and vocalised transliterations ("بَنِ" for Baneh) that fold onto everyday
    /// Arabic words ("بن"); they are dropped.
    /// </summary>
    public static bool IsArabic(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A') letters++;
            else if (c is not (' ' or '-')) return false;
        }
        return letters >= 3;
    }

    /// <summary>
    /// The name without a leading descriptive head ("محافظة طرطوس" → "طرطوس"; record.md puts heads outside
    /// spans, so a name with its head would never be the span); null when nothing but the head remains.
    /// </summary>
    public string? WithoutHead(string name)
    {
        var trimmed = name.Trim();
        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && words.IsDescriptiveHead(AliasKey.Of(trimmed[..space])))
            trimmed = trimmed[(space + 1)..].Trim();
        return trimmed.Length >= 2 ? trimmed : null;
    }

    /// <summary>Distinct Arabic names of a list, heads stripped, in first-seen order.</summary>
    public List<string> From(IEnumerable<string> names)
    {
        var result = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (!IsArabic(n) || WithoutHead(n) is not { } name) continue;
            if (keys.Add(AliasKey.Of(name))) result.Add(name);
        }
        return result;
    }
}
