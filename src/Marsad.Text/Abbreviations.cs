using Marsad.Text.Resources;

namespace Marsad.Text;

/// <summary>
/// Abbreviations whose dot does not end a sentence ("د.", "ق.م.", "أ.ف.ب."), read from
/// <c>text/abbreviations.tsv</c> (format <c>abbreviations/1</c>). Lookups fold the candidate like the
/// entries (alef variants, tatweel, Latin case) and allocate nothing.
/// </summary>
public sealed class Abbreviations
{
    /// <summary>Relative path of the resource file under every resources root.</summary>
    public const string ResourcePath = "text/abbreviations.tsv";

    /// <summary>Format tag the file must carry.</summary>
    public const string Format = "abbreviations/1";

    // Abbreviations are short; a candidate longer than this is a sentence-final word, not an abbreviation.
    internal const int MaxLength = 16;

    private static readonly Lazy<Abbreviations> LazyShipped = new(() => Load(ResourceSet.Shipped), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _entries;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) _entries.Add(NormalizedText.Normalize(e.Trim()));
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped list, loaded once on first use.</summary>
    public static Abbreviations Shipped => LazyShipped.Value;

    /// <summary>An empty list: only the single-letter rule applies.</summary>
    public static Abbreviations None { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>Reads every <see cref="ResourcePath"/> of <paramref name="resources"/> (shipped first, then user overlays).</summary>
    /// <exception cref="FileNotFoundException">The shipped file is missing.</exception>
    /// <exception cref="ResourceFormatException">A line is malformed (names the file and line).</exception>
    public static Abbreviations Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        resources.Required(ResourcePath);
        var entries = new List<string>();
        foreach (var file in resources.Files(ResourcePath))
        {
            foreach (var line in TsvResource.Read(file, Format, 2))
            {
                var abbreviation = line[0].Trim();
                if (abbreviation.Length == 0 || abbreviation.Length > MaxLength || !abbreviation.EndsWith('.'))
                    throw line.Error($"abbreviation '{abbreviation}' must be 1–{MaxLength} characters ending in its dot, e.g. 'د.'");
                entries.Add(abbreviation);
            }
        }
        return new Abbreviations(entries);
    }

    /// <summary>True when <paramref name="candidate"/> (letters and dots, final dot included) is listed.</summary>
    public bool Contains(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length > MaxLength) return false;
        Span<char> folded = stackalloc char[MaxLength];
        int n = ArabicNormalizer.Normalize(candidate, folded);
        return _lookup.Contains(folded[..n]);
    }
}
