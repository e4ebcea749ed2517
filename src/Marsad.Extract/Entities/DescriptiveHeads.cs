using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Entities;

/// <summary>
/// Words that introduce a name without belonging to it ("مدينة حلب" → "حلب"), per entity type,
/// read from <c>resources/entities/descriptive-heads.tsv</c> (plus user overlays).
/// </summary>
public sealed class DescriptiveHeads
{
    private const string Format = "DESCRIPTIVE-HEADS/1";
    private readonly Dictionary<string, byte> _kindsByHead;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private DescriptiveHeads(Dictionary<string, byte> kindsByHead)
    {
        _kindsByHead = kindsByHead;
        _lookup = _kindsByHead.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static DescriptiveHeads Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal));

    public int Count => _kindsByHead.Count;

    public static DescriptiveHeads Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var map = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var file in resources.Files(EntityResources.DescriptiveHeadsPath))
        {
            foreach (var line in TsvResource.Read(file, Format, 2))
            {
                var head = NormalizedText.Normalize(line[0].Trim());
                if (head.Length == 0 || head.Contains(' ', StringComparison.Ordinal))
                    throw line.Error($"head '{line[0]}' must be one word");
                byte kinds = 0;
                foreach (var name in line[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!NerTagSet.TryParseKind(name, out var kind))
                        throw line.Error($"type '{name}' is not one of PER, ORG, LOC, MISC");
                    kinds |= (byte)(1 << (int)kind);
                }
                if (kinds == 0) throw line.Error("no entity type given");
                map[head] = kinds;
            }
        }
        return new DescriptiveHeads(map);
    }

    /// <summary>True when the normalised word is a descriptive head for names of this type.</summary>
    public bool IsHead(ReadOnlySpan<char> normalisedWord, EntityKind kind) =>
        _lookup.TryGetValue(normalisedWord, out byte kinds) && (kinds & (1 << (int)kind)) != 0;
}
