namespace Marsad.Extract.Entities;

/// <summary>
/// How often each normalised word form occurs in the training corpus. The proclitic segmenter asks
/// it whether a form like "والروس" is a word of its own or و + a known word, so raw text is split the
/// way the training data was; it travels inside the model file.
/// </summary>
public sealed class KnownWords
{
    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public KnownWords(Dictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = counts.Comparer == StringComparer.Ordinal ? counts : new Dictionary<string, int>(counts, StringComparer.Ordinal);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static KnownWords Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public int Size => _counts.Count;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Occurrences of the form in the training corpus (0 when never seen).</summary>
    public int Count(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out int n) ? n : 0;
}
