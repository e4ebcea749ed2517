namespace Marsad.Extract.Events;

/// <summary>
/// The two sides of a front line: "خطوط التماس بين فصائل المعارضة وميليشيات النظام", "الحدود بين X و
/// Y" (cue kind <c>front-line</c> in cues.tsv). Such a phrase says where; a tour, a talk or a refusal
/// in the sentence is not with either side. Attacks are left alone: clashes "على خطوط التماس بين X و
/// Y" are between X and Y.
/// </summary>
internal static class FrontLineSides
{
    // How far after the first side its conjunct may start ("فصائل المعارضة المسلحة وميليشيات النظام").
    private const int ConjunctReach = 3;

    /// <summary>Indices (into <see cref="DocumentMentions.Actors"/>) of the sentence's mentions that are sides of a front line.</summary>
    public static HashSet<int> Of(SentenceView view, DocumentMentions mentions, EventCues cues)
    {
        var result = new HashSet<int>();
        if (cues.FrontLine.IsEmpty) return result;
        var text = view.Text;
        for (int k = view.First; k < view.End; k++)
        {
            int len = cues.FrontLine.MatchAt(text, k, view.End).Length;
            if (len == 0) continue;
            int j = k + len;
            // The phrase may list "بين" itself ("الحدود بين") or leave it to the text ("خطوط التماس بين").
            if (!PhraseSet.WordIs(text, j - 1, "بين"))
            {
                if (j >= view.End || !PhraseSet.WordIs(text, j, "بين")) continue;
                j++;
            }
            int first = MentionAt(view, mentions, cues, j);
            if (first < 0) continue;
            result.Add(first);
            int end = mentions.Actors[first].EndToken;
            for (int q = end; q < Math.Min(view.End, end + ConjunctReach); q++)
            {
                if (view.IsBreak(q)) break;
                var surface = text.Surface(q);
                if (surface.Length == 0 || surface[0] != 'و') continue;
                int second = MentionAt(view, mentions, cues, q);
                if (second >= 0) result.Add(second);
                break;
            }
            k = end - 1;
        }
        return result;
    }

    /// <summary>The mention starting at <paramref name="from"/>, through quotes and up to two descriptors ("وميليشيات النظام").</summary>
    private static int MentionAt(SentenceView view, DocumentMentions mentions, EventCues cues, int from)
    {
        for (int k = from, step = 0; k < view.End && step < 3; k++, step++)
        {
            int i = mentions.TokenMention[k];
            if (i >= 0) return mentions.Actors[i].FirstToken == k ? i : -1;
            bool filler = view.Text.Tokens[k].Kind == Marsad.Text.TokenKind.Punctuation && !view.IsBreak(k)
                          || cues.Descriptor.MatchAt(view.Text, k, view.End).Length == 1;
            if (!filler) return -1;
        }
        return -1;
    }
}
