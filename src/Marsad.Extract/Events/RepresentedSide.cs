namespace Marsad.Extract.Events;

/// <summary>
/// The side a subject speaks or acts for: "وحذر الوفد الممثل للفصائل", "وهدد المتحدث باسم الحوثيين"
/// (cue kind <c>representative</c>). The name after such a phrase is the doer, though a preposition is
/// glued to it — and so it is never the target of the same verb.
/// </summary>
internal static class RepresentedSide
{
    /// <summary>
    /// The mention named after a representative phrase that starts at <paramref name="from"/> (through
    /// up to two descriptors and quotes: "الوفد الممثل"، "وفد المعارضة المفاوض عن"), or -1.
    /// </summary>
    public static int At(SentenceView view, DocumentMentions mentions, EventCues cues, int from)
    {
        if (cues.Representative.IsEmpty) return -1;
        var text = view.Text;
        int k = from;
        for (int step = 0; step < 3 && k < view.End; step++)
        {
            int len = cues.Representative.MatchAt(text, k, view.End).Length;
            if (len > 0)
            {
                int j = k + len;
                while (j < view.End && text.Tokens[j].Kind == Marsad.Text.TokenKind.Punctuation && !view.IsBreak(j)) j++;
                if (j >= view.End) return -1;
                int i = mentions.TokenMention[j];
                return i >= 0 && mentions.Actors[i].FirstToken == j ? i : -1;
            }
            bool filler = text.Tokens[k].Kind == Marsad.Text.TokenKind.Punctuation && !view.IsBreak(k)
                          || cues.Descriptor.MatchAt(text, k, view.End).Length == 1;
            if (!filler) return -1;
            k++;
        }
        return -1;
    }
}
