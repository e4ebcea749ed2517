using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Entities;

/// <summary>
/// Finds named facilities written as an indefinite facility head followed by a definite word
/// ("مشفى المهايني", "جامع الماجد", "شارع المغاربة"): LOC mentions that include the head, read
/// from <c>resources/entities/facility-heads.tsv</c>. Conflict reports name hospitals, mosques and
/// streets that no gazetteer lists, and the construct (head + ال-word) marks them as names.
/// </summary>
public sealed class FacilityNames
{
    private const string Format = "FACILITY-HEADS/1";
    private readonly HashSet<string> _heads;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private FacilityNames(HashSet<string> heads)
    {
        _heads = heads;
        _lookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _heads.Count;

    public static FacilityNames Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in resources.Files(EntityResources.FacilityHeadsPath))
        {
            foreach (var line in TsvResource.Read(file, Format, 1))
            {
                var head = NormalizedText.Normalize(line[0].Trim());
                if (head.Length == 0 || head.Contains(' ', StringComparison.Ordinal))
                    throw line.Error($"head '{line[0]}' must be one word");
                if (head.StartsWith("ال", StringComparison.Ordinal))
                    throw line.Error($"head '{line[0]}' must be written without the article (the article makes it a description)");
                heads.Add(head);
            }
        }
        return new FacilityNames(heads);
    }

    /// <summary>
    /// Spans of head + name, in text order, never across a line break. The name is a definite word
    /// ("جامع الماجد") or a name another finder found right after the head (<paramref name="names"/>:
    /// "مشفى فلسطين", where "فلسطين" alone would be the country). A proclitic before the head stays
    /// outside ("وجامع الماجد" → "جامع الماجد").
    /// </summary>
    public List<TextSpan> Find(AnalysedText text, IReadOnlyList<TextSpan> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var found = new List<TextSpan>();
        var tokens = text.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i + 1].Kind != TokenKind.Word) continue;
            string word = text.Normalized(i);
            int clitic;
            if (_lookup.Contains(word)) clitic = 0;
            else if (word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && _lookup.Contains(word.AsSpan(1))) clitic = 1;
            else continue;
            if (text.Text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOfAny('\n', '\r') >= 0) continue;
            int end = -1;
            foreach (var name in names)
                if (name.Start == tokens[i + 1].Start) end = Math.Max(end, name.End);
            var next = text.Normalized(i + 1);
            if (end < 0 && next.Length >= 4 && next[0] == 'ا' && next[1] == 'ل') end = tokens[i + 1].End;
            if (end < 0) continue;
            int start = tokens[i].Start + RawOffsetOfFolded(text.Surface(i), clitic);
            found.Add(new TextSpan(start, end));
            while (i + 1 < tokens.Length && tokens[i + 1].Start < end) i++;
        }
        return found;
    }

    /// <summary>Raw offset in <paramref name="surface"/> of its <paramref name="folded"/>-th kept character (marks are dropped by folding).</summary>
    private static int RawOffsetOfFolded(ReadOnlySpan<char> surface, int folded)
    {
        int seen = 0;
        for (int k = 0; k < surface.Length; k++)
        {
            if (ArabicNormalizer.Fold(surface[k]) == '\0') continue;
            if (seen == folded) return k;
            seen++;
        }
        return surface.Length;
    }
}
