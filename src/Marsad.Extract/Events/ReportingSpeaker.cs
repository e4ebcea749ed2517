namespace Marsad.Extract.Events;

/// <summary>
/// A person who reports an attack — "وقال رئيس المرصد رامي عبد الرحمن إن انتحارياً … فجر نفسه",
/// "ونوه القيادي X إلى أن … غارات شنها طيران التحالف" — says it; he does not carry it out. A person
/// followed closely by a complementizer (cue kind <c>complementizer</c>: أن، إن، أنه …) before the
/// trigger is the speaker of the clause the trigger sits in, so not its doer. Organisations keep the
/// role ("قال الجيش إن طائراته قصفت" is the army's own strike).
/// </summary>
internal static class ReportingSpeaker
{
    // Between the name and "إن" stand at most a title, a time or "لـ«الشرق الأوسط»".
    private const int Reach = 6;

    public static bool Is(SentenceView view, DocumentMentions mentions, EventCues cues, int i, int trigger)
    {
        var m = mentions.Actors[i];
        if (m.Type != "PER" || m.EndToken > trigger || cues.Complementizer.IsEmpty) return false;
        var text = view.Text;
        for (int k = m.EndToken; k < Math.Min(trigger, m.EndToken + Reach); k++)
        {
            if (view.IsTrigger(k)) return false;
            // "الآن" folds to the same letters as "أن" once its article is stripped.
            if (text.Normalized(k).StartsWith("ال", StringComparison.Ordinal)) continue;
            if (cues.Complementizer.MatchAt(text, k, k + 1).Length == 1) return true;
        }
        return false;
    }
}
