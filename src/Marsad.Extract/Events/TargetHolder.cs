using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>
/// A name inside a relative clause on the thing attacked — "ضربات على مواقع يتحصن فيها تنظيم داعش",
/// "استهدفت آليات تستخدمها الميليشيات", "مقرات تابعة لـ…" (cue kind <c>target-side</c>) — holds or owns
/// the target: it is the side acted on, never the doer, however near to the trigger it stands.
/// </summary>
internal static class TargetHolder
{
    /// <summary>Whether mention <paramref name="i"/> follows a target-side phrase (through descriptors and quotes).</summary>
    public static bool Is(SentenceView view, DocumentMentions mentions, EventCues cues, int i)
    {
        if (cues.TargetSide.IsEmpty) return false;
        var text = view.Text;
        int k = mentions.Actors[i].FirstToken - 1;
        // "يتحصن فيها تنظيم «داعش»": the descriptor and the quote are not the phrase's end.
        for (int step = 0; step < 3 && k >= view.First; step++)
        {
            bool filler = text.Tokens[k].Kind == TokenKind.Punctuation && !view.IsBreak(k)
                          || cues.Descriptor.MatchAt(text, k, k + 1).Length == 1;
            if (!filler) break;
            k--;
        }
        if (k < view.First) return false;
        // The phrase ends right before the name (one to three words: "تابعة"، "يتحصن فيها").
        for (int start = k; start >= Math.Max(view.First, k - 2); start--)
            if (cues.TargetSide.MatchAt(text, start, k + 1).Length == k + 1 - start) return true;
        return false;
    }
}
