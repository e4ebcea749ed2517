namespace Marsad.Extract.Events;

/// <summary>
/// The hash of a normalised stem, computed once when a candidate form is written
/// (<see cref="WordFormTable"/>) and reused by every <see cref="StemTable{T}"/> probe: the event
/// stage looks each candidate up in a dozen cue sets and the trigger lexicon, and hashing the
/// characters again for each was the larger part of those lookups.
/// </summary>
internal static class StemHash
{
    // FNV-1a over UTF-16 code units: short stems (2–8 letters) hash in a few multiplications.
    private const uint Seed = 2166136261, Prime = 16777619;

    public static int Of(ReadOnlySpan<char> stem) => Of('\0', stem, '\0');

    /// <summary>The hash of <paramref name="head"/> + <paramref name="body"/> + <paramref name="tail"/>, where '\0' is no letter.</summary>
    public static int Of(char head, ReadOnlySpan<char> body, char tail)
    {
        uint h = Seed;
        if (head != '\0') h = (h ^ head) * Prime;
        foreach (char c in body) h = (h ^ c) * Prime;
        if (tail != '\0') h = (h ^ tail) * Prime;
        // Fold the high bits down: a table uses only the low ones.
        return (int)(h ^ (h >> 15));
    }
}
