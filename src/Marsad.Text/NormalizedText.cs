using System.Buffers;

namespace Marsad.Text;

/// <summary>
/// The shadow of a text: its normalised form plus, for every shadow index, the original index it
/// came from. The original text is never changed; spans found in the shadow map back exactly.
/// The map is strictly increasing (each shadow character comes from a later original character
/// than the one before it) and its last entry, at <c>Shadow.Length</c>, is <c>Original.Length</c>.
/// </summary>
public sealed class NormalizedText
{
    // Entries 0..Shadow.Length are valid; the array may be longer (it is allocated for the
    // original's length before the number of dropped characters is known, and not copied down).
    private readonly int[] _toOriginal;

    private NormalizedText(string original, string shadow, int[] toOriginal)
    {
        Original = original;
        Shadow = shadow;
        _toOriginal = toOriginal;
    }

    public string Original { get; }
    public string Shadow { get; }

    /// <summary>Original UTF-16 index of shadow index <paramref name="shadowIndex"/> (0..Shadow.Length).</summary>
    public int ToOriginal(int shadowIndex)
    {
        if ((uint)shadowIndex > (uint)Shadow.Length)
            throw new ArgumentOutOfRangeException(nameof(shadowIndex), shadowIndex, $"a shadow index lies in 0..{Shadow.Length}");
        return _toOriginal[shadowIndex];
    }

    /// <summary>Maps a half-open shadow range back to the half-open original range it covers.</summary>
    /// <remarks>The range ends right after the last shadow character's original, so marks dropped
    /// after a span's last letter ("دمشقَ") stay outside it; marks inside stay inside.</remarks>
    public TextSpan ToOriginal(TextSpan shadowSpan)
    {
        if (shadowSpan.IsEmpty) { int p = ToOriginal(shadowSpan.Start); return new TextSpan(p, p); }
        return new TextSpan(ToOriginal(shadowSpan.Start), ToOriginal(shadowSpan.End - 1) + 1);
    }

    /// <summary>
    /// The first shadow index whose original index is at or after <paramref name="originalIndex"/>
    /// (0..Original.Length): turns a token's original span into the shadow range that holds it.
    /// </summary>
    public int ToShadow(int originalIndex)
    {
        int lo = 0, hi = Shadow.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_toOriginal[mid] < originalIndex) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Normalises <paramref name="text"/> into a shadow with an offset map.</summary>
    public static NormalizedText Create(string text, NormalizerOptions options = NormalizerOptions.Matching)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = ArabicNormalizer.TableFor(options);
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var map = new int[text.Length + 1];
        try
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char f = table[text[i]];
                if (f == '\0') continue;
                buffer[n] = f;
                map[n] = i;
                n++;
            }
            map[n] = text.Length;
            return new NormalizedText(text, new string(buffer, 0, n), map);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Normalises a short string (a name, a lexicon entry) without keeping a map.</summary>
    public static string Normalize(ReadOnlySpan<char> text, NormalizerOptions options = NormalizerOptions.Matching)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = ArabicNormalizer.Normalize(text, buffer, options);
        return n == 0 ? string.Empty : new string(buffer[..n]);
    }
}
