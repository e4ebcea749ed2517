using System.Runtime.CompilerServices;

namespace Marsad.Extract.Entities;

/// <summary>
/// Turns a <see cref="TaggingView"/> into hashed feature indexes, a fixed number of slots per token
/// (-1 where a template does not fire). Features are hashed rather than kept in a dictionary so that
/// extraction allocates nothing and the model file is a plain weight table. Templates: the form and
/// its neighbours (±2), form bigrams, a light stem of the form and its neighbours, prefixes and
/// suffixes, a character shape, a length class, and the knowledge-base mark of the token and its
/// neighbours. Tag-history features are the decoder's transition weights.
/// </summary>
public static class NerFeatures
{
    /// <summary>Feature slots per token (the size of one token's row in the index array).</summary>
    public const int SlotsPerToken = 34;

    /// <summary>Bumped whenever a template changes: a model trained on other templates is refused.</summary>
    public const int TemplateVersion = 2;

    private const ulong Prime = 0x100000001B3UL;
    /// <summary>Forms seen fewer times than this in training are read as <see cref="RareForm"/>.</summary>
    public const int RareBelow = 3;
    private const ulong RareForm = 0x4A4E4B5241524555UL;
    private const char Alef = 'ا', Lam = 'ل';

    /// <summary>Writes <see cref="SlotsPerToken"/> indexes per view token into <paramref name="output"/>.</summary>
    public static void Extract(TaggingView view, KnownWords known, int hashBits, Span<int> output, Span<ulong> formHash, Span<ulong> stemHash)
    {
        int n = view.Count;
        for (int i = 0; i < n; i++)
        {
            var form = view.Form(i);
            // Words seen at most once in training read as one "rare" form, at training and at run time
            // alike: the model then learns what an unseen name looks like from context, affixes and
            // stem instead of memorising hapaxes (most names in news it tags were never in training).
            formHash[i] = known.Count(form) < RareBelow ? RareForm : HashChars(0xF0F0UL, form);
            stemHash[i] = HashChars(0x5E5EUL, LightStem(form));
        }
        const ulong none = 0x0BADF00DUL;       // a neighbour before the first or after the last token
        for (int i = 0; i < n; i++)
        {
            var f = output.Slice(i * SlotsPerToken, SlotsPerToken);
            f.Fill(-1);
            var form = view.Form(i);
            ulong w0 = formHash[i];
            ulong wm1 = i > 0 ? formHash[i - 1] : none, wm2 = i > 1 ? formHash[i - 2] : none;
            ulong wp1 = i + 1 < n ? formHash[i + 1] : none, wp2 = i + 2 < n ? formHash[i + 2] : none;
            ulong s0 = stemHash[i];
            ulong sm1 = i > 0 ? stemHash[i - 1] : none, sp1 = i + 1 < n ? stemHash[i + 1] : none;
            int k = 0;
            f[k++] = Bucket(Mix(1, 0), hashBits);               // bias
            f[k++] = Bucket(Mix(2, w0), hashBits);
            f[k++] = Bucket(Mix(3, wm1), hashBits);
            f[k++] = Bucket(Mix(4, wp1), hashBits);
            f[k++] = Bucket(Mix(5, wm2), hashBits);
            f[k++] = Bucket(Mix(6, wp2), hashBits);
            f[k++] = Bucket(Mix(Mix(7, wm1), w0), hashBits);
            f[k++] = Bucket(Mix(Mix(8, w0), wp1), hashBits);
            f[k++] = Bucket(Mix(9, s0), hashBits);
            f[k++] = Bucket(Mix(10, sm1), hashBits);
            f[k++] = Bucket(Mix(11, sp1), hashBits);
            f[k++] = Bucket(Mix(Mix(12, sm1), s0), hashBits);
            f[k++] = Bucket(Mix(Mix(13, s0), sp1), hashBits);
            for (int a = 1; a <= 3; a++)
            {
                if (form.Length > a)
                {
                    f[k] = Bucket(HashChars((ulong)(20 + a), form[..a]), hashBits);
                    f[k + 3] = Bucket(HashChars((ulong)(30 + a), form[^a..]), hashBits);
                }
                k++;
            }
            k += 3;
            f[k++] = Bucket(Shape(form), hashBits);
            f[k++] = Bucket(Mix(40, (ulong)LengthClass(form.Length)), hashBits);
            ulong articleAndStart = (form.Length > 2 && form[0] == Alef && form[1] == Lam ? 1UL : 0UL) | (i == 0 ? 2UL : 0UL);
            f[k++] = Bucket(Mix(41, articleAndStart), hashBits);
            byte kb0 = view[i].KnownName;
            byte kbm1 = i > 0 ? view[i - 1].KnownName : (byte)0, kbp1 = i + 1 < n ? view[i + 1].KnownName : (byte)0;
            if (kb0 != 0) f[k] = Bucket(Mix(50, kb0), hashBits);
            k++;
            if (kbm1 != 0) f[k] = Bucket(Mix(51, kbm1), hashBits);
            k++;
            if (kbp1 != 0) f[k] = Bucket(Mix(52, kbp1), hashBits);
            k++;
            if (kb0 != 0) f[k] = Bucket(Mix(Mix(53, kb0), s0), hashBits);
            k++;
            // The previous word's suffix says a lot about what follows ("السيد", "الرئيس", "مدينة").
            f[k++] = Bucket(Mix(Mix(54, wm1), (ulong)(form.Length > 0 ? form[^1] : 0)), hashBits);
            f[k++] = Bucket(Mix(Mix(Mix(55, wm1), w0), wp1), hashBits);
            if (form.Length > 4)
            {
                f[k] = Bucket(HashChars(24, form[..4]), hashBits);
                f[k + 1] = Bucket(HashChars(34, form[^4..]), hashBits);
            }
            k += 2;
            if (i > 0 && view.Form(i - 1) is { Length: > 2 } before) f[k] = Bucket(HashChars(56, before[^2..]), hashBits);
            k++;
            if (i + 1 < n && view.Form(i + 1) is { Length: > 2 } after) f[k] = Bucket(HashChars(57, after[..2]), hashBits);
            k++;
            f[k++] = Bucket(Mix(58, i > 1 ? stemHash[i - 2] : none), hashBits);
            f[k++] = Bucket(Mix(59, i + 2 < n ? stemHash[i + 2] : none), hashBits);
        }
    }

    /// <summary>
    /// The corpus-style light stem used as a feature: the article (with a proclitic before it) and
    /// common inflectional suffixes removed, keeping at least three letters ("والروسية" → "روس").
    /// </summary>
    public static ReadOnlySpan<char> LightStem(ReadOnlySpan<char> w)
    {
        int start = ProcliticLength(w);
        var s = w[start..];
        if (s.Length >= 5 && s[0] == Alef && s[1] == Lam) s = s[2..];
        else if (start > 0 && s.Length >= 4 && s[0] == Lam) s = s[1..]; // "للجيش" → ل + (ا)لجيش
        foreach (var suffix in Suffixes)
        {
            if (s.Length - suffix.Length >= 3 && s.EndsWith(suffix, StringComparison.Ordinal)) { s = s[..^suffix.Length]; break; }
        }
        return s;
    }

    /// <summary>
    /// Proclitics before the article, read generously for the stem feature: a ب/ك followed by "ال"
    /// counts even in a four-letter word. (Span edges use the stricter
    /// <see cref="ProcliticSegmenter.OutsideSpanLength"/>; the feature keeps this reading because
    /// the shipped model was chosen on dev with it.)
    /// </summary>
    private static int ProcliticLength(ReadOnlySpan<char> w)
    {
        int n = 0;
        if (w.Length >= 5 && w[0] is 'و' or 'ف' && ArticleAfterClitic(w[1..])) n = 1;
        var rest = w[n..];
        if (rest.Length >= 4 && rest[0] == Lam && rest[1] == Lam) return n + 1;
        if (rest.Length >= 5 && rest[0] is 'ب' or 'ك' && rest[1] == Alef && rest[2] == Lam) return n + 1;
        return n;
    }

    private static bool ArticleAfterClitic(ReadOnlySpan<char> s) =>
        s.Length >= 4 && (s[0] == Alef && s[1] == Lam || s[0] == Lam && s[1] == Lam || s[0] is 'ب' or 'ك' && s[1] == Alef && s[2] == Lam);

    // Longest first; ة is already folded to ه by the normaliser, so "ية" reads "يه".
    private static readonly string[] Suffixes = ["يون", "يين", "يات", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "ي", "ه"];

    private static int LengthClass(int length) => length switch { <= 3 => length, <= 5 => 4, <= 8 => 5, _ => 6 };

    private static int Shape(ReadOnlySpan<char> form)
    {
        ulong h = 60;
        char last = '\0';
        foreach (char c in form)
        {
            char s = c switch
            {
                >= '0' and <= '9' => 'd',
                >= 'A' and <= 'Z' => 'X',
                >= 'a' and <= 'z' => 'x',
                >= '\u0600' and <= '\u06FF' => 'a',
                _ => c,
            };
            if (s == last) continue;
            last = s;
            h = (h ^ s) * Prime;
        }
        return (int)(uint)(h ^ (h >> 29));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong HashChars(ulong seed, ReadOnlySpan<char> s)
    {
        ulong h = 0xCBF29CE484222325UL ^ (seed * 0x9E3779B97F4A7C15UL);
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b)
    {
        ulong h = (a * 0x9E3779B97F4A7C15UL) ^ b;
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 29;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong h, int bits)
    {
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (int)(h >> (64 - bits));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(int shapeHash, int bits) => Bucket(Mix(61, (ulong)(uint)shapeHash), bits);
}
