using System.Text;

namespace Marsad.Text;

/// <summary>
/// Maps Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) to their base letter via Unicode
/// compatibility decomposition, computed once. Ligatures that decompose into several letters
/// (ﻻ → لا, ﷲ → الله) keep their first letter only, so the one-to-one offset map holds; a ligature
/// is rare in news copy and the loss is letters in the matching shadow, never in the text. Forms
/// that decompose to marks only (ﹰ isolated fathatan, ﱞ shadda ligatures) are dropped like the marks.
/// </summary>
internal static class PresentationForms
{
    private const char First = '\uFB50';
    private static readonly char[] Table = Build();

    public static char Base(char c, NormalizerOptions options)
    {
        char b = Table[c - First];
        if (b == c || b == '\0') return b;
        return ArabicNormalizer.Fold(b, options);
    }

    private static char[] Build()
    {
        var table = new char[0xFEFF - First + 1];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(First + i);
            string d = c.ToString().Normalize(NormalizationForm.FormKC);
            if (d.Length == 1 && d[0] == c) { table[i] = c; continue; } // no decomposition: punctuation, unassigned
            char letter = '\0';
            foreach (char x in d)
            {
                if (x is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or >= '\u06D5' and <= '\u06FF'
                    && ArabicNormalizer.Fold(x, NormalizerOptions.None) != '\0')
                {
                    letter = x;
                    break;
                }
            }
            table[i] = letter;
        }
        return table;
    }
}
