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
    private readonly Dictionary<string, int> _inEntity;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _inEntityLookup;

    /// <param name="counts">Occurrences of each form.</param>
    /// <param name="inEntity">Occurrences of each form inside a gold entity (absent: never).</param>
    public KnownWords(Dictionary<string, int> counts, Dictionary<string, int>? inEntity = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = counts.Comparer == StringComparer.Ordinal ? counts : new Dictionary<string, int>(counts, StringComparer.Ordinal);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        _inEntity = inEntity is null ? new Dictionary<string, int>(StringComparer.Ordinal) : new Dictionary<string, int>(inEntity, StringComparer.Ordinal);
        _inEntityLookup = _inEntity.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Seen this often or more and never inside a name, a word is a common word (see <see cref="IsCommonWord"/>).</summary>
    public const int CommonWordMinimum = 3;

    public static KnownWords Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public int Size => _counts.Count;

    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <summary>Occurrences of the form in the training corpus (0 when never seen).</summary>
    public int Count(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out int n) ? n : 0;

    /// <summary>Occurrences of the form inside a gold entity of the training corpus.</summary>
    public int InEntity(ReadOnlySpan<char> form) => _inEntityLookup.TryGetValue(form, out int n) ? n : 0;

    /// <summary>
    /// A word the corpus uses often and never inside a name ("مغادره", "دوره"): a one-word name the
    /// tagger proposes from context alone on such a word is dropped (domain shift makes these the
    /// tagger's typical false alarms on conflict news).
    /// </summary>
    public bool IsCommonWord(ReadOnlySpan<char> form) => Count(form) >= CommonWordMinimum && InEntity(form) == 0;

    /// <summary>True when every form is a common word: a proposed name made only of those ("قيادي جريح") is dropped.</summary>
    public bool AllCommonWords(ReadOnlySpan<string> forms)
    {
        foreach (var f in forms) if (!IsCommonWord(f)) return false;
        return forms.Length > 0;
    }
}
