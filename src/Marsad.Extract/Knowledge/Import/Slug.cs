using System.Globalization;
using System.Text;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>Knowledge-base id slugs from English names: "Ḩamāh" → "hamah", "Hay'at Tahrir al-Sham" → "hayat-tahrir-al-sham".</summary>
public static class Slug
{
    public static string From(string english)
    {
        var decomposed = english.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool dash = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '‘' or '’' or 'ʼ' or 'ʻ') continue;
            if (char.IsAsciiLetterOrDigit(c)) { sb.Append(char.ToLowerInvariant(c)); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        if (dash) sb.Length--;
        return sb.ToString();
    }
}
