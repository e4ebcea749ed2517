namespace Marsad.Extract.Events;

/// <summary>
/// A list of Arabic suffixes grouped by their last letter, in list order within each group, so that
/// <see cref="ArabicWordForms"/> tries against a word only the suffixes that can end it (one to
/// nine of them instead of all twenty-two, for every base of every word) and still writes the
/// candidates in the list's order.
/// </summary>
internal sealed class SuffixList
{
    // Indexed by last letter - U+0600: suffixes are Arabic letters.
    private const char Block = '\u0600';
    private readonly string[][] _byLast = new string[256][];

    public SuffixList(string[] suffixes)
    {
        Array.Fill(_byLast, []);
        foreach (var g in suffixes.GroupBy(s => s[^1]))
        {
            if (g.Key - Block is < 0 or >= 256) throw new ArgumentException($"suffix '{g.First()}' does not end in an Arabic letter", nameof(suffixes));
            _byLast[g.Key - Block] = g.ToArray();
        }
    }

    /// <summary>The suffixes whose last letter is <paramref name="word"/>'s, in list order (none for an empty word).</summary>
    public string[] EndingLike(ReadOnlySpan<char> word) =>
        word.Length > 0 && (uint)(word[^1] - Block) < 256 ? _byLast[word[^1] - Block] : [];
}
