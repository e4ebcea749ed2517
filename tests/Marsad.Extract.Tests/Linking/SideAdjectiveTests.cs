using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Tests.Linking;

/// <summary>
/// Nationality adjectives standing for a state's side (record.md; the sample gold spans the actor
/// head with the adjective: "القوات الروسية", "الوفد الروسي", "عسكريين روس"; an adjective on a
/// non-actor noun — "الدعوة الروسية" — is no mention). Issue 4 adds air and naval heads written with a
/// second adjective between head and nationality.
/// </summary>
public class SideAdjectiveTests
{
    private static readonly MentionMatcher Matcher = new(KnowledgeBase.Shipped);
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    private static IReadOnlyList<EntityRecord> Find(string text) => Linker.Link(text, Matcher.Find(TextAnalyzer.Analyse(text)));

    [Theory]
    [InlineData("شنت طائرات حربية روسية غارات على ريف إدلب.", "طائرات حربية روسية", "actor:russia")]
    [InlineData("قصف الطيران الحربي الروسي مواقع في البادية.", "الطيران الحربي الروسي", "actor:russia")]
    [InlineData("قصف الطيران الروسي مواقع في البادية.", "الطيران الروسي", "actor:russia")]
    [InlineData("استهدفت المقاتلات الحربية التركية مواقع في جبال قنديل.", "المقاتلات الحربية التركية", "actor:turkey")]
    [InlineData("وأعلنت القوات الجوية السعودية اعتراض صاروخ.", "القوات الجوية السعودية", "actor:saudi-arabia")]
    [InlineData("ونفذت مروحيات أمريكية إنزالا قرب الحدود.", "مروحيات أمريكية", "actor:united-states")]
    public void Air_and_naval_heads_with_the_nationality_are_the_state_side(string text, string span, string id)
    {
        var e = Assert.Single(Find(text), x => x.Type == "ORG");
        Assert.Equal((span, id), (e.Text, e.Id));
    }

    [Theory]
    [InlineData("وتقدمت القوات التركية نحو البلدة.", "القوات التركية", "actor:turkish-armed-forces")]
    [InlineData("وتقدم الجيش العراقي نحو البلدة.", "الجيش العراقي", "actor:iraqi-government")]
    [InlineData("وقصف طيران النظام البلدة.", "طيران النظام", "actor:syrian-government")]
    public void Named_forces_keep_their_own_actor(string text, string span, string id)
    {
        var e = Assert.Single(Find(text), x => x.Type == "ORG");
        Assert.Equal((span, id), (e.Text, e.Id));
    }

    [Fact]
    public void Affiliation_phrase_leaves_only_the_actor_after_the_preposition()
    {
        // As the gold's "الحاجز التابع للأمن العسكري" → "لأمن العسكري": "لل" leaves its second lam inside.
        var e = Assert.Single(Find("قصف الطيران الحربي التابع للنظام بلدة كفرنبل."), x => x.Type == "ORG");
        Assert.Equal(("لنظام", "actor:syrian-government"), (e.Text, e.Id));
    }

    [Fact]
    public void Adjective_on_a_non_actor_noun_is_no_mention() =>
        Assert.DoesNotContain(Find("وجاءت الدعوة الروسية بعد أيام من الغارات الروسية."), x => x.Type == "ORG");
}
