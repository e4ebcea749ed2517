using System.Text;
using Marsad.Text;

namespace Marsad.Ingest.Cleaning;

/// <summary>
/// The comparable form of a line or phrase: Arabic-folded letters (<see cref="ArabicNormalizer"/>),
/// every digit run as "#", punctuation and symbols as single spaces, trimmed. "التعليقات (12)" and
/// "التعليقات (0)" share the key "التعليقات #"; "اترك تعليقاً" and "اترك تعليقا" share one too.
/// </summary>
internal static class LineKey
{
    public static string Of(ReadOnlySpan<char> line)
    {
        var sb = new StringBuilder(line.Length);
        bool pendingSpace = false;
        foreach (char raw in line)
        {
            char c = ArabicNormalizer.Fold(raw);
            if (c == '\0') continue;
            if (char.IsLetter(c) || c == '©')
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsDigit(c))
            {
                if (sb.Length > 0 && sb[^1] == '#' && !pendingSpace) continue;
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append('#');
            }
            else if (c is '.' or ',' && sb.Length > 0 && sb[^1] == '#' && !pendingSpace)
            {
                // "3.5" and "1,220" stay one number.
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Number of space-separated words in a key.</summary>
    public static int Words(string key)
    {
        if (key.Length == 0) return 0;
        int n = 1;
        foreach (char c in key) if (c == ' ') n++;
        return n;
    }

    /// <summary>True when the key holds at least one letter.</summary>
    public static bool HasLetter(string key)
    {
        foreach (char c in key) if (char.IsLetter(c)) return true;
        return false;
    }
}
