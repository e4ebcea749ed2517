namespace Marsad.Extract.Events;

/// <summary>
/// A partner or target named by a pronoun: "وعرض عليهم الخروج", "المفاوضات معهم" (cue kind
/// <c>partner-pronoun</c>), or an object pronoun on the verb ("التقاهم"). Such an event already has its
/// second party; a later name in the clause is not it. The pronoun stands for the nearest actor
/// before the trigger — unless a place is nearer, which a singular pronoun may just as well mean
/// ("دخلت القوات البلدة وسيطرت عليها").
/// </summary>
internal static class PronounPartner
{
    /// <summary>
    /// Whether token <paramref name="t"/> is a preposition with a pronoun ("عليهم"); whether its
    /// referent should be sought (not for "عليه", which as often means a proposal or a town); whether
    /// the pronoun is plural.
    /// </summary>
    public static (bool Found, bool Resolve, bool Plural) At(SentenceView view, EventCues cues, int t)
    {
        if (t < view.First || t >= view.End) return (false, false, false);
        var (len, value) = cues.PartnerPronoun.MatchAt(view.Text, t, t + 1);
        return len == 1 ? (true, value != "thing", value == "plural") : (false, false, false);
    }

    /// <summary>Whether an object pronoun of the verb stands for people: plural, so not a thing or a town.</summary>
    public static bool IsPlural(string pronoun) => pronoun is "هم" or "هما" or "هن";

    /// <summary>
    /// The actor the pronoun refers to: the nearest mention before <paramref name="before"/> in the
    /// sentence that is not the doer and no source; -1 when there is none or (for a singular pronoun) a
    /// place stands nearer.
    /// </summary>
    public static int Antecedent(SentenceView view, DocumentMentions mentions, int before, int a1, bool plural, int sourceFirst, int sourceEnd)
    {
        for (int k = before - 1; k >= view.First; k--)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int p = mentions.TokenPlace[k];
            if (!plural && p >= 0 && mentions.Places[p].FirstToken == k) return -1;
            int i = mentions.TokenMention[k];
            if (i < 0 || mentions.Actors[i].FirstToken != k || i == a1) continue;
            if (a1 >= 0 && SameReferent(mentions.Actors[i], mentions.Actors[a1])) continue;
            return i;
        }
        return -1;
    }

    private static bool SameReferent(Mention a, Mention b) =>
        a.Id is not null && a.Id == b.Id || a.Id is null && b.Id is null && a.NameEn is not null && a.NameEn == b.NameEn;
}
