using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>
/// The whole pipeline (entities, knowledge base, times, events) on sentences written for these tests
/// in the styles of other outlets than the samples — Syrian opposition and state media, Gulf reports
/// on Yemen, Iraqi security news — to check that the event rules generalise: the place an attack
/// verb hits as its object, a state's side named by a nationality adjective after a weapon
/// ("طائرات حربية روسية"), sources that are no parties, dawn that is no bombing, passives, verbal
/// nouns, anaphora, denials, plans, quoted claims and demands. None of these sentences is in the samples.
/// </summary>
public sealed class EventHeldOutTests
{
    private static DocumentRecord Run(string text, DateOnly? published = null) =>
        HeldOutPipeline.Run(text, published ?? new DateOnly(2019, 5, 14));

    private static EventRecord Single(DocumentRecord r, string type) => HeldOutPipeline.Single(r, type);

    /// <summary>The place must be the mention with this text (its span, not the article's main place).</summary>
    private static void AssertPlace(DocumentRecord r, EventRecord e, string surface)
    {
        Assert.NotNull(e.Location);
        Assert.NotNull(e.Location!.Start);
        Assert.Equal(surface, r.Text[e.Location.Start!.Value..e.Location.End!.Value]);
    }

    [Fact]
    public void Object_of_a_shelling_verb_through_a_head_is_the_site_and_a_weapon_with_a_nationality_is_the_state()
    {
        var r = Run("قصفت طائرات حربية روسية بلدة كفرنبل في ريف إدلب الجنوبي فجر اليوم، ما أدى إلى مقتل أربعة مدنيين وإصابة آخرين، بحسب الدفاع المدني.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:russia", e.Actor1?.Id);
        AssertPlace(r, e, "كفرنبل");
        Assert.Equal(4, e.Fatalities);
        Assert.Equal("الدفاع المدني", e.AttributedTo);
        // The source is no party: the attack's target is not the rescue service that reports it.
        Assert.NotEqual("actor:white-helmets", e.Actor2?.Id);
        // "فجر اليوم" is dawn, not فجّر (blew up).
        Assert.DoesNotContain(r.Events ?? [], x => x.Trigger.Text == "فجر");
    }

    [Fact]
    public void Civil_defence_is_an_organisation_of_the_knowledge_base()
    {
        var r = Run("وانتشلت فرق الدفاع المدني جثث الضحايا من تحت الأنقاض في مدينة أريحا.");
        Assert.Contains(r.Entities, x => x.Type == "ORG" && x.Id == "actor:white-helmets");
    }

    [Fact]
    public void Object_place_after_an_instrument_phrase()
    {
        var r = Run("استهدفت قوات النظام بقذائف المدفعية الثقيلة مدينة خان شيخون جنوبي إدلب، دون ورود معلومات عن إصابات.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        AssertPlace(r, e, "خان شيخون");
    }

    [Fact]
    public void Storming_is_an_attack_on_the_place_stormed_and_dawn_is_its_time()
    {
        var r = Run("اقتحمت قوات الحشد الشعبي مدينة تكريت فجر الثلاثاء بعد انسحاب مسلحي تنظيم داعش منها.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("اقتحمت", e.Trigger.Text);
        Assert.Equal("actor:pmf", e.Actor1?.Id);
        AssertPlace(r, e, "تكريت");
        Assert.Equal("actor:isis", Single(r, "RETREAT").Actor1?.Id);
    }

    [Fact]
    public void Gulf_report_on_yemen_names_the_coalition_and_the_houthis()
    {
        var r = Run("شنت مقاتلات التحالف العربي سلسلة غارات على مواقع ميليشيا الحوثي في محيط مدينة تعز.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("aerial", e.Mode);
        Assert.Equal("actor:saudi-led-coalition", e.Actor1?.Id);
        Assert.Equal("actor:houthis", e.Actor2?.Id);
        AssertPlace(r, e, "تعز");
    }

    [Fact]
    public void Houthi_attack_on_government_positions()
    {
        var r = Run("وهاجمت ميليشيا الحوثي مواقع الجيش الوطني اليمني في مديرية نهم شرق صنعاء.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:houthis", e.Actor1?.Id);
        Assert.Equal("actor:yemeni-government", e.Actor2?.Id);
    }

    [Fact]
    public void Vowelled_passive_death_folds_into_the_attack_that_caused_it()
    {
        var r = Run("قُتل ثلاثة عناصر من قوات النظام بهجوم لتنظيم داعش على حاجز عسكري قرب مدينة تدمر في بادية حمص.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:isis", e.Actor1?.Id);
        Assert.Equal("actor:syrian-government", e.Actor2?.Id);
        Assert.Equal(3, e.Fatalities);
        AssertPlace(r, e, "تدمر");
    }

    [Fact]
    public void Denied_strike_keeps_its_site()
    {
        var r = Run("ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في مدينة سراقب.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("denied", e.Status);
        AssertPlace(r, e, "سراقب");
    }

    [Fact]
    public void Intention_verb_in_the_feminine_makes_the_operation_planned()
    {
        var r = Run("وتعتزم القوات التركية شن عملية عسكرية ضد وحدات حماية الشعب في مدينة تل رفعت خلال الأيام المقبلة.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("planned", e.Status);
        Assert.Equal("actor:turkish-armed-forces", e.Actor1?.Id);
        Assert.Equal("actor:ypg", e.Actor2?.Id);
        AssertPlace(r, e, "تل رفعت");
    }

    [Fact]
    public void Preparing_to_attack_is_planned()
    {
        var r = Run("وتستعد فصائل الجيش الوطني السوري لشن هجوم على مواقع قوات سوريا الديمقراطية في محيط مدينة منبج.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("planned", e.Status);
        Assert.Equal("actor:syrian-national-army", e.Actor1?.Id);
        Assert.Equal("actor:sdf", e.Actor2?.Id);
    }

    [Fact]
    public void Claim_quoted_from_a_monitor_with_a_drone_of_a_state()
    {
        var r = Run("وقال المرصد السوري لحقوق الإنسان إن طائرة مسيرة تركية استهدفت سيارة تقل قياديين في قوات سوريا الديمقراطية قرب مدينة القامشلي.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:turkey", e.Actor1?.Id);
        Assert.Equal("actor:sdf", e.Actor2?.Id);
        AssertPlace(r, e, "القامشلي");
        Assert.Equal("المرصد السوري لحقوق الإنسان", e.AttributedTo);
    }

    [Fact]
    public void Air_force_with_an_adjective_before_the_nationality()
    {
        var r = Run("وشن الطيران الحربي الروسي أكثر من عشرين غارة على بلدات ريف حلب الغربي.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:russia", e.Actor1?.Id);
        Assert.Equal("الطيران الحربي الروسي", e.Actor1?.Text);
    }

    [Fact]
    public void Unnamed_suicide_bomber_with_a_toll_from_a_security_source()
    {
        var r = Run("وأفاد مصدر أمني عراقي بأن انتحارياً فجر نفسه في سوق مدينة بعقوبة، ما أسفر عن مقتل 15 شخصاً.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("bombing", e.Mode);
        Assert.Null(e.Actor1);
        Assert.Equal(15, e.Fatalities);
        Assert.Equal("مصدر أمني عراقي", e.AttributedTo);
    }

    [Fact]
    public void Anaphor_for_the_organisation_takes_the_group_named_before()
    {
        var r = Run("سيطر تنظيم داعش على قرى عدة في ريف دير الزور الشرقي.\nوهاجم التنظيم مواقع قوات سوريا الديمقراطية في بلدة هجين.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:isis", e.Actor1?.Id);
        Assert.Equal("التنظيم", e.Actor1?.Text);
        Assert.Equal("actor:sdf", e.Actor2?.Id);
        AssertPlace(r, e, "هجين");
    }

    [Fact]
    public void Object_place_without_a_head_right_after_the_named_subject()
    {
        var r = Run("وقصف الطيران الروسي معرة النعمان بعدة صواريخ فراغية.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:russia", e.Actor1?.Id);
        AssertPlace(r, e, "معرة النعمان");
    }

    [Fact]
    public void Attack_noun_as_the_subject_of_an_attack_verb_is_one_event_and_a_destination_is_no_site()
    {
        var r = Run("واستهدفت الغارات مواقع تابعة لهيئة تحرير الشام، بينما نزح آلاف المدنيين نحو مدينة إدلب.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:hts", e.Actor2?.Id);
        Assert.Null(e.Location?.Start);
    }

    [Fact]
    public void Helicopters_of_the_regime_with_barrel_bombs()
    {
        var r = Run("واستهدفت مروحيات النظام بالبراميل المتفجرة بلدة التمانعة في ريف إدلب.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        AssertPlace(r, e, "التمانعة");
    }

    [Fact]
    public void Shelling_noun_with_a_lam_agent_as_subject_of_a_verb_is_one_event_of_that_agent()
    {
        var r = Run("وقال الدفاع المدني إن قصفاً مدفعياً لقوات النظام استهدف مدينة سراقب.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        Assert.NotEqual("actor:white-helmets", e.Actor2?.Id);
        AssertPlace(r, e, "سراقب");
        Assert.Equal("الدفاع المدني", e.AttributedTo);
    }

    [Fact]
    public void Verbal_noun_with_its_genitive_agent_and_toll()
    {
        var r = Run("وأسفر قصف قوات النظام على مدينة دوما عن مقتل عشرة مدنيين.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        Assert.Equal(10, e.Fatalities);
        AssertPlace(r, e, "دوما");
    }

    [Fact]
    public void Passive_with_tamma_takes_the_patrol_as_target()
    {
        var r = Run("وتم استهداف دورية روسية بعبوة ناسفة على الطريق الدولي قرب مدينة أريحا.");
        var e = Single(r, "ASSAULT");
        Assert.Null(e.Actor1);
        Assert.Equal("actor:russia", e.Actor2?.Id);
        AssertPlace(r, e, "أريحا");
    }

    [Fact]
    public void Raids_whose_halt_is_demanded_are_not_reported_as_happening_here()
    {
        var r = Run("وطالب الائتلاف الوطني السوري مجلس الأمن بوقف الغارات الروسية على إدلب.");
        var e = Single(r, "REQUEST");
        Assert.Equal("demanded", e.Status);
        Assert.Equal("actor:syrian-opposition", e.Actor1?.Id);
        Assert.Equal("actor:un-security-council", e.Actor2?.Id);
        Assert.DoesNotContain(r.Events ?? [], x => x.Type == "ASSAULT");
    }

    [Fact]
    public void Threatened_strike_is_the_threat_only()
    {
        var r = Run("وتوعدت جماعة الحوثي بقصف منشآت حيوية في السعودية.");
        var e = Single(r, "THREATEN");
        Assert.Equal("threatened", e.Status);
        Assert.Equal("actor:houthis", e.Actor1?.Id);
        Assert.DoesNotContain(r.Events ?? [], x => x.Type == "ASSAULT");
    }

    [Fact]
    public void Iraqi_district_head_introduces_the_site()
    {
        var r = Run("وشنت طائرات التحالف الدولي غارات على مواقع لتنظيم داعش في قضاء القائم غرب الأنبار.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:us-led-coalition", e.Actor1?.Id);
        Assert.Equal("actor:isis", e.Actor2?.Id);
        AssertPlace(r, e, "القائم");
    }

    [Fact]
    public void Siege_of_a_town_by_security_forces()
    {
        var r = Run("وحاصرت قوات الأمن العراقية بلدة الكرمة شرقي الفلوجة بحثاً عن مطلوبين.");
        var e = Single(r, "COERCE");
        Assert.Equal("actor:iraqi-government", e.Actor1?.Id);
    }

    [Fact]
    public void Agency_named_after_the_report_is_a_source_not_a_target()
    {
        var r = Run("وقصفت المدفعية التركية قرى في ريف عفرين، وفق ما أفادت وكالة الأناضول.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("actor:turkey", e.Actor1?.Id);
        Assert.Null(e.Actor2);
        Assert.Equal("وكالة الأناضول", e.AttributedTo);
    }

    [Fact]
    public void Unknown_aircraft_strike_stands_alone_at_its_object_place()
    {
        var r = Run("قصفت طائرات مجهولة الهوية بلدة البوكمال الحدودية صباح الجمعة.");
        var e = Single(r, "ASSAULT");
        Assert.Null(e.Actor1);
        AssertPlace(r, e, "البوكمال");
    }

    [Fact]
    public void A_minister_attacking_a_government_in_words_names_no_site_by_object()
    {
        // Without a head such as مدينة only a named subject may stand between the verb and its
        // object place; "حكومة بغداد" is an organisation's name, not where anything happened.
        var r = Run("وهاجم المتحدث باسم الخارجية الإيرانية حكومة بغداد خلال مؤتمر صحفي في طهران.");
        foreach (var e in r.Events ?? [])
            if (e.Location?.Start is int s) Assert.NotEqual("بغداد", r.Text[s..e.Location.End!.Value]);
    }

    [Fact]
    public void Dawn_and_a_name_with_fajr_are_no_bombing_but_a_suicide_bomber_is()
    {
        var r = Run("وهاجمت قوات «فجر ليبيا» مواقع للجيش الليبي جنوب طرابلس فجر الأحد.");
        Assert.DoesNotContain(r.Events ?? [], x => (x.Trigger.Text ?? "").Contains("فجر", StringComparison.Ordinal));
        Assert.Single(r.Events ?? [], x => x.Type == "ASSAULT");
        var bomb = Run("وفجر انتحاري نفسه عند مدخل مسجد في مدينة القطيف.");
        Assert.Equal("bombing", Single(bomb, "ASSAULT").Mode);
    }

    [Fact]
    public void Relative_clause_describing_the_attacks_is_not_another_event()
    {
        var r = Run("وتصاعدت الهجمات التي تستهدف قوات الأمن المصرية في شمال سيناء خلال الأسبوع الماضي.");
        Assert.Equal("الهجمات", Single(r, "ASSAULT").Trigger.Text);
    }

    [Fact]
    public void The_attack_responded_to_is_background_of_the_response()
    {
        var r = Run("وقصفت المدفعية التركية مواقع لحزب العمال الكردستاني شمال العراق رداً على هجوم استهدف مخفراً حدودياً.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("وقصفت", e.Trigger.Text);
        Assert.Equal("actor:turkey", e.Actor1?.Id);
    }

    [Fact]
    public void The_course_of_operations_is_a_topic()
    {
        var r = Run("ويشرف ضباط إيرانيون على سير العمليات العسكرية في ريف حلب الجنوبي.");
        Assert.DoesNotContain(r.Events ?? [], x => x.Type == "ASSAULT");
    }

    [Fact]
    public void A_branch_that_calls_itself_a_province_fires_nothing()
    {
        // "يطلق على نفسه" (calls itself): أطلق is an attack only with a weapon word after it.
        var r = Run("وتبنى فرع لتنظيم داعش يطلق على نفسه «ولاية حضرموت» في بيان نشره على الإنترنت تفجير سيارة مفخخة قرب نقطة للجيش اليمني في مدينة المكلا.");
        Assert.DoesNotContain(r.Events ?? [], x => (x.Trigger.Text ?? "").Contains("يطلق", StringComparison.Ordinal));
    }

    [Fact]
    public void An_area_noun_named_by_a_place_after_it_takes_that_place()
    {
        var r = Run("وقصفت قوات النظام المناطق الخاضعة لسيطرة هيئة تحرير الشام جنوب مدينة إدلب.");
        var e = Single(r, "ASSAULT");
        AssertPlace(r, e, "إدلب");
    }

    [Fact]
    public void A_visit_happens_where_the_visitors_go()
    {
        var r = Run("وتوجه وفد من الأمم المتحدة يوم الأحد إلى مدينة حمص للاطلاع على أوضاع المدنيين.");
        var e = Single(r, "CONSULT");
        AssertPlace(r, e, "حمص");
    }

    [Fact]
    public void Fronts_and_axes_introduce_the_place_of_a_deployment()
    {
        var r = Run("وتنتشر ميليشيات حزب الله على جبهات تدمر في ريف حمص الشرقي.");
        var e = Single(r, "MOBILIZE");
        Assert.Equal("actor:hezbollah", e.Actor1?.Id);
        AssertPlace(r, e, "تدمر");
    }

    [Fact]
    public void A_verbal_noun_sharing_the_roles_before_it_keeps_its_own_target()
    {
        var r = Run("ودعت واشنطن قوات سوريا الديمقراطية إلى تنسيق عالي المستوى مع التحالف الدولي خلال المعركة المرتقبة ضد تنظيم داعش في مدينة الرقة.");
        var e = Single(r, "ASSAULT");
        Assert.Equal("planned", e.Status);
        Assert.Equal("actor:isis", e.Actor2?.Id);
        AssertPlace(r, e, "الرقة");
    }
}
