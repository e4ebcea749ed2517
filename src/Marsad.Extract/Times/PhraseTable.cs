using Marsad.Extract.Numbers;
using Marsad.Text;

namespace Marsad.Extract.Times;

/// <summary>A phrase found in the text: its payload, the tokens it covers and where its stem starts.</summary>
internal readonly record struct PhraseHit<T>(T Payload, int FirstToken, int EndToken, int Start, int End);

/// <summary>
/// Multi-token phrases keyed by their first normalised token, longest match first ("أول من أمس"
/// before "أول أمس"). Only whole word tokens match; a proclitic is allowed on the first one.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Tail, T Payload)>> _byFirst = new(StringComparer.Ordinal);
    private Dictionary<string, List<(string[] Tail, T Payload)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable() => _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>The normalised first tokens of every phrase.</summary>
    public IEnumerable<string> FirstForms => _byFirst.Keys;

    /// <summary>Adds a phrase given as written (it is normalised and split on any white space, NBSP included).</summary>
    public void Add(string phrase, T payload)
    {
        var words = NormalizedText.Normalize(phrase).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new ArgumentException("empty phrase", nameof(phrase));
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        var rest = words[1..];
        // Longest first, so the first complete match is the longest one.
        int at = list.FindIndex(e => e.Tail.Length < rest.Length);
        list.Insert(at < 0 ? list.Count : at, (rest, payload));
        Count++;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>.</summary>
    public bool TryMatch(AnalysedText text, int i, bool allowProclitics, out PhraseHit<T> hit)
    {
        hit = default;
        if ((uint)i >= (uint)text.Tokens.Length || text.Tokens[i].Kind != TokenKind.Word) return false;
        if (!Proclitics.TryLookup(_lookup, text.Normalized(i), allowProclitics, out var list, out int prefix)) return false;
        foreach (var (rest, payload) in list)
        {
            if (!RestMatches(text, i + 1, rest)) continue;
            var first = text.Tokens[i];
            int start = prefix == 0 ? first.Start : Proclitics.StemStart(text.Text, first, prefix);
            int end = i + rest.Length;
            hit = new PhraseHit<T>(payload, i, end + 1, start, text.Tokens[end].End);
            return true;
        }
        return false;
    }

    private static bool RestMatches(AnalysedText text, int from, string[] rest)
    {
        if (from + rest.Length > text.Tokens.Length) return false;
        for (int k = 0; k < rest.Length; k++)
        {
            if (text.Tokens[from + k].Kind != TokenKind.Word) return false;
            if (!text.Normalized(from + k).Equals(rest[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
