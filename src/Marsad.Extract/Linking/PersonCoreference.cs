using Marsad.Extract.Knowledge;
using Marsad.Extract.Records;

namespace Marsad.Extract.Linking;

/// <summary>
/// Within one article, a person named in full once is then often named by surname or by the start
/// of the name ("ألكسندر زورين" … "زورين"; "أبو خالد الأمني" … "أبو خالد"). A PER mention whose
/// tokens are the last token(s) or the first tokens of an earlier, longer PER mention takes that
/// mention's id and name.
/// </summary>
internal static class PersonCoreference
{
    public static void Apply(EntityRecord[] mentions, string text)
    {
        var full = new List<(string[] Tokens, EntityRecord Record)>();
        for (int m = 0; m < mentions.Length; m++)
        {
            var e = mentions[m];
            if (e.Type != "PER") continue;
            var tokens = AliasKey.Tokens(text.Substring(e.Start, e.End - e.Start));
            if (tokens.Length == 0) continue;
            if (e.Id is null)
            {
                for (int f = full.Count - 1; f >= 0; f--)
                {
                    var (ft, fr) = full[f];
                    if (ft.Length > tokens.Length && (EndsWith(ft, tokens) || StartsWith(ft, tokens)))
                    {
                        mentions[m] = e with { Id = fr.Id, NameEn = fr.NameEn };
                        break;
                    }
                }
            }
            if (tokens.Length >= 2) full.Add((tokens, mentions[m]));
        }
    }

    private static bool EndsWith(string[] longer, string[] shorter)
    {
        for (int i = 0; i < shorter.Length; i++)
            if (longer[longer.Length - shorter.Length + i] != shorter[i]) return false;
        return true;
    }

    private static bool StartsWith(string[] longer, string[] shorter)
    {
        // A lone first name ("محمد") is shared by too many people to link on.
        if (shorter.Length < 2) return false;
        for (int i = 0; i < shorter.Length; i++)
            if (longer[i] != shorter[i]) return false;
        return true;
    }
}
