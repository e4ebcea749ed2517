using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Entities;

/// <summary>
/// Words that refer back to an actor without naming it ("التنظيم", "المعارضة", "الفصائل"), read
/// from <c>resources/entities/generic-anaphora.tsv</c>: not entity mentions (record.md).
/// </summary>
public sealed class GenericAnaphora
{
    private const string Format = "GENERIC-ANAPHORA/1";
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private GenericAnaphora(HashSet<string> words)
    {
        _words = words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static GenericAnaphora Empty { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    public int Count => _words.Count;

    public static GenericAnaphora Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in resources.Files(EntityResources.GenericAnaphoraPath))
        {
            foreach (var line in TsvResource.Read(file, Format, 1))
            {
                var word = NormalizedText.Normalize(line[0].Trim());
                if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
                    throw line.Error($"'{line[0]}' must be one word");
                words.Add(word);
            }
        }
        return new GenericAnaphora(words);
    }

    /// <summary>True when the normalised word refers back without naming.</summary>
    public bool Contains(ReadOnlySpan<char> normalisedWord) => _lookup.Contains(normalisedWord);
}
