using Marsad.Text.Resources;

namespace Marsad.Extract.Knowledge;

/// <summary>
/// Words the matcher and linker read around names (kb/context-words.tsv): descriptive heads that lie
/// outside a place's span ("مدينة حلب" → "حلب") and locative words that make a country name a place
/// rather than a state's side ("في سوريا" is LOC, "مع روسيا" is ORG).
/// </summary>
public sealed class ContextWords
{
    private readonly HashSet<string> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _locative = new(StringComparer.Ordinal);
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly HashSet<string> _orgHeads = new(StringComparer.Ordinal);

    /// <summary>Normalised descriptive heads (مدينة، بلدة، محافظة …).</summary>
    public IReadOnlySet<string> DescriptiveHeads => _heads;

    /// <summary>Normalised words after which a country name is a place (في، إلى، داخل …).</summary>
    public IReadOnlySet<string> Locative => _locative;

    public bool IsDescriptiveHead(string normalizedToken) => _heads.Contains(normalizedToken);
    public bool IsLocative(string normalizedToken) => _locative.Contains(normalizedToken);

    /// <summary>Whether a word before an organisation's name describes it ("تنظيم داعش" → "داعش").</summary>
    public bool IsOrganisationHead(string normalizedToken) => _orgHeads.Contains(normalizedToken);

    /// <summary>Whether a one-word place name is also an everyday word, reported only after a descriptive head.</summary>
    public bool IsCommonWord(string normalizedKey) => _common.Contains(normalizedKey);

    internal static ContextWords Read(IEnumerable<string> files)
    {
        var words = new ContextWords();
        foreach (var file in files)
        {
            foreach (var line in TsvResource.Read(file, KbFiles.ContextWordFormat, 2))
            {
                var key = AliasKey.Of(line[0]);
                if (key.Length == 0) throw line.Error("empty word");
                switch (line[1])
                {
                    case "descriptive-head": words._heads.Add(key); break;
                    case "locative": words._locative.Add(key); break;
                    case "common-word": words._common.Add(key); break;
                    case "org-head": words._orgHeads.Add(key); break;
                    default: throw line.Error($"role '{line[1]}' is not descriptive-head, org-head, locative or common-word");
                }
            }
        }
        return words;
    }
}
