using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Bench.Html;

/// <summary>
/// Token-level bag-of-words precision/recall/F1, as data/html/README.md defines it (WCXB's evaluate.py):
/// NFKC, Arabic marks, tatweel and bidi controls removed, lower case, \w+ tokens, Counter overlap.
/// An empty prediction scores 0.
/// </summary>
public static partial class Scoring
{
    public readonly record struct Score(double Precision, double Recall, double F1);

    public static Score Compare(string predicted, string expected)
    {
        var pred = Tokens(predicted);
        var gold = Tokens(expected);
        int predCount = 0, goldCount = 0, overlap = 0;
        foreach (var v in pred.Values) predCount += v;
        foreach (var (k, v) in gold)
        {
            goldCount += v;
            if (pred.TryGetValue(k, out var p)) overlap += Math.Min(p, v);
        }
        if (predCount == 0 || goldCount == 0 || overlap == 0) return new Score(0, 0, 0);
        double precision = (double)overlap / predCount, recall = (double)overlap / goldCount;
        return new Score(precision, recall, 2 * precision * recall / (precision + recall));
    }

    public static Dictionary<string, int> Tokens(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(Normalise(text)))
        {
            counts.TryGetValue(m.Value, out var c);
            counts[m.Value] = c + 1;
        }
        return counts;
    }

    public static string Normalise(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c is >= '\u06D6' and <= '\u06ED' || c == '\u0640') continue;
            if (c is >= '\u200C' and <= '\u200F' || c == '\u061C' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069') continue;
            sb.Append(c);
        }
        return sb.ToString().ToLower(CultureInfo.InvariantCulture);
    }

    // Python's \w: letters, digits and underscore (marks are removed above, so they cannot split words).
    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+")]
    private static partial Regex Word();
}
