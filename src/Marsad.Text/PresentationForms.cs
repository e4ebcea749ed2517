using System.Text;

namespace Marsad.Text;

/// <summary>
/// Maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their base letter via Unicode
/// compatibility decomposition, computed once. Ligatures that decompose into several letters
/// (ﻻ → لا) keep their first letter only, so the one-to-one offset map holds; a ligature
/// is rare in news copy and the loss is one letter in the matching shadow, never in the text.
/// </summary>
internal static class PresentationForms
{
    private static readonly char[] Table = Build();

    public static char Base(char c, NormalizerOptions options)
    {
        char b = Table[c - '\uFB50'];
        return b == c ? c : ArabicNormalizer.Fold(b, options) is var f && f != '\0' ? f : b;
    }

    private static char[] Build()
    {
        var table = new char[0xFEFF - 0xFB50 + 1];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(0xFB50 + i);
            string d = c.ToString().Normalize(NormalizationForm.FormKC);
            char first = c;
            foreach (char x in d)
            {
                if (x is >= '\u0621' and <= '\u06FF' && !(x is >= '\u064B' and <= '\u065F')) { first = x; break; }
            }
            table[i] = first;
        }
        return table;
    }
}
