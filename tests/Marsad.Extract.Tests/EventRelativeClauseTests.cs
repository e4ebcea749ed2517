using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>
/// An indefinite attack noun takes its relative clause without "التي": "غارات شنها طيران التحالف",
/// "هجوم نفذه مسلحون من داعش" (cue kind relative-verb). The verb's subject is the attacker, not its
/// target; the toll of such an attack does not make the attacker its own target. Sentences written
/// for these tests, in Yemeni, Syrian and Iraqi reporting styles.
/// </summary>
public sealed class EventRelativeClauseTests
{
    private static EventRecord Assault(string text)
    {
        return HeldOutPipeline.Single(HeldOutPipeline.Run(text, new DateOnly(2016, 3, 9), "relative"), "ASSAULT");
    }

    [Fact]
    public void Air_strikes_carried_out_by_the_coalition_are_the_coalitions()
    {
        var e = Assault("قتل سبعة من عناصر الحوثيين بينهم قيادي ميداني في غارات شنها طيران التحالف على معسكر في مدينة ذمار.");
        Assert.Equal("actor:saudi-led-coalition", e.Actor1?.Id);
        Assert.Equal("actor:houthis", e.Actor2?.Id);
    }

    [Fact]
    public void A_strike_executed_by_foreign_planes_names_the_state_once_not_as_its_own_target()
    {
        var e = Assault("قتل ثلاثة مدنيين في غارة نفذتها طائرات حربية روسية على بلدة التمانعة بريف إدلب.");
        Assert.Equal("actor:russia", e.Actor1?.Id);
        Assert.NotEqual("actor:russia", e.Actor2?.Id);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void Gunmen_of_a_group_in_the_relative_clause_are_the_group()
    {
        var e = Assault("أصيب أربعة من أفراد الشرطة في هجوم مسلح شنه مقاتلون من تنظيم داعش على نقطة تفتيش في قضاء الحويجة.");
        Assert.Equal("actor:isis", e.Actor1?.Id);
    }

    [Fact]
    public void Without_a_relative_verb_the_name_after_the_attack_noun_is_not_made_the_attacker()
    {
        // "هجوم على مواقع داعش": the name is the target; no relative verb, so nothing changes.
        var e = Assault("وأعلنت قيادة العمليات المشتركة عن هجوم واسع على مواقع داعش في جزيرة سامراء.");
        Assert.NotEqual("actor:isis", e.Actor1?.Id);
    }
}
