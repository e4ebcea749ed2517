namespace Marsad.Extract.Events;

/// <summary>
/// Two parties dealing with each other in one sentence: "الروس طرحوا مبادرة … بعد طلب الفصائل مدة
/// زمنية" — an offer, a request, a refusal or a talk whose second party is not named is addressed to
/// the one other party acting in the same sentence's dealings. Only when there is exactly one such
/// party: with two or more the sentence does not say which.
/// </summary>
internal static class ReciprocalPartners
{
    // The types told between two parties; attacks, deployments and retreats have their own fallbacks.
    private static readonly HashSet<string> Dealings = new(StringComparer.Ordinal)
        { "AGREE", "REQUEST", "REJECT", "CONSULT", "ACCUSE", "CONCEDE" };

    /// <summary>
    /// For each event (type, actor1, actor2) of one sentence, the actor2 it should have: unchanged,
    /// or the other party's mention where it had none. <paramref name="sameReferent"/> compares two mentions.
    /// </summary>
    public static int[] Fill(IReadOnlyList<(string Type, int Actor1, int Actor2)> events, Func<int, int, bool> sameReferent)
    {
        var result = new int[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            var (type, a1, a2) = events[i];
            result[i] = a2;
            if (a2 >= 0 || a1 < 0 || !Dealings.Contains(type)) continue;
            int other = -1;
            bool ambiguous = false;
            foreach (var (t, b1, _) in events)
            {
                if (b1 < 0 || !Dealings.Contains(t) || sameReferent(a1, b1)) continue;
                if (other >= 0 && !sameReferent(other, b1)) { ambiguous = true; break; }
                if (other < 0) other = b1;
            }
            if (!ambiguous) result[i] = other;
        }
        return result;
    }
}
