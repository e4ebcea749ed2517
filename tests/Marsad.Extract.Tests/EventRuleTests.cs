using Marsad.Extract.Events;
using Marsad.Extract.Records;

namespace Marsad.Extract.Tests;

/// <summary>One test per event rule, on real Arabic news sentences written for these tests.</summary>
public sealed class EventRuleTests
{
    private static EventRecord Single(IReadOnlyList<EventRecord> events, string type)
    {
        var of = events.Where(e => e.Type == type).ToArray();
        Assert.True(of.Length == 1, $"expected one {type}, got: {string.Join(", ", events.Select(e => e.Type + ":" + e.Trigger.Text))}");
        return of[0];
    }

    [Fact]
    public void Verb_trigger_takes_its_subject_after_it_and_its_target()
    {
        var doc = new EventTestDocument("قصف الجيش السوري مواقع تنظيم داعش في ريف حمص الشرقي.")
            .Entity("الجيش السوري", "ORG", "actor:syrian-government").Entity("داعش", "ORG", "actor:isis").Entity("ريف حمص", "LOC", "place:rural-homs");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("shelling", e.Mode);
        Assert.Equal("occurred", e.Status);
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        Assert.Equal("actor:isis", e.Actor2?.Id);
        Assert.Equal("place:rural-homs", e.Location?.Id);
        Assert.Equal("قصف", e.Trigger.Text);
    }

    [Fact]
    public void Planned_when_an_intention_verb_governs_the_trigger()
    {
        var doc = new EventTestDocument("وينوي الجيش التركي شن هجوم على مدينة منبج خلال الأيام المقبلة.")
            .Entity("الجيش التركي", "ORG", "actor:turkey").Entity("منبج", "LOC", "place:manbij");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("planned", e.Status);
        Assert.Equal("actor:turkey", e.Actor1?.Id);
        Assert.Equal("place:manbij", e.Location?.Id);
    }

    [Fact]
    public void Future_prefix_makes_a_verb_planned()
    {
        var doc = new EventTestDocument("وسينسحب تنظيم داعش من مدينة الرقة نحو البادية.")
            .Entity("داعش", "ORG", "actor:isis").Entity("الرقة", "LOC", "place:raqqa").Entity("البادية", "LOC", "place:badia");
        var e = Single(doc.Events(), "RETREAT");
        Assert.Equal("planned", e.Status);
        Assert.Equal("actor:isis", e.Actor1?.Id);
        Assert.Null(e.Actor2);
        Assert.Equal("place:raqqa", e.Location?.Id);
    }

    [Fact]
    public void Ongoing_when_a_continuation_verb_governs_the_trigger_and_between_gives_both_sides()
    {
        var doc = new EventTestDocument("وتتواصل الاشتباكات بين الجيش العراقي وتنظيم داعش في مدينة الموصل.")
            .Entity("الجيش العراقي", "ORG", "actor:iraq").Entity("داعش", "ORG", "actor:isis").Entity("الموصل", "LOC", "place:mosul");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("ongoing", e.Status);
        Assert.Equal("actor:iraq", e.Actor1?.Id);
        Assert.Equal("actor:isis", e.Actor2?.Id);
    }

    [Fact]
    public void Threat_is_threatened_and_the_threatened_attack_is_not_an_event_of_its_own()
    {
        var doc = new EventTestDocument("وهدد الجيش التركي وحدات حماية الشعب بعمل عسكري واسع شرق الفرات.")
            .Entity("الجيش التركي", "ORG", "actor:turkey").Entity("وحدات حماية الشعب", "ORG", "actor:ypg");
        var events = doc.Events();
        var e = Single(events, "THREATEN");
        Assert.Equal("threatened", e.Status);
        Assert.Equal("actor:turkey", e.Actor1?.Id);
        Assert.Equal("actor:ypg", e.Actor2?.Id);
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void Demand_is_demanded_with_whom_it_is_asked_of()
    {
        var doc = new EventTestDocument("وطالبت الأمم المتحدة الحكومة السورية بفتح ممرات إنسانية إلى الغوطة الشرقية.")
            .Entity("الأمم المتحدة", "ORG", "actor:un").Entity("الحكومة السورية", "ORG", "actor:syrian-government");
        var e = Single(doc.Events(), "REQUEST");
        Assert.Equal("demanded", e.Status);
        Assert.Equal("actor:un", e.Actor1?.Id);
        Assert.Equal("actor:syrian-government", e.Actor2?.Id);
    }

    [Fact]
    public void Denial_after_the_claim_makes_it_denied()
    {
        var doc = new EventTestDocument("وأكد المرصد أن الطيران الروسي قصف مستشفى في مدينة معرة النعمان، الأمر الذي نفته موسكو.")
            .Entity("الطيران الروسي", "ORG", "actor:russia").Entity("معرة النعمان", "LOC", "place:maarat-al-numan").Entity("موسكو", "ORG", "actor:russia");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("denied", e.Status);
        Assert.Equal("actor:russia", e.Actor1?.Id);
    }

    [Fact]
    public void Rumour_cue_makes_it_rumoured()
    {
        var doc = new EventTestDocument("وتناقلت صفحات محلية أنباء عن انسحاب قوات النظام من بلدة خان شيخون.")
            .Entity("قوات النظام", "ORG", "actor:syrian-government").Entity("خان شيخون", "LOC", "place:khan-shaykhun");
        var e = Single(doc.Events(), "RETREAT");
        Assert.Equal("rumoured", e.Status);
        Assert.Equal("withdraw", e.Mode);
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
    }

    [Fact]
    public void Attribution_after_bihasab_and_death_toll_folds_into_the_attack()
    {
        var doc = new EventTestDocument("وأسفر قصف جوي على مدينة دوما عن مقتل 12 مدنياً، بحسب المرصد السوري لحقوق الإنسان.")
            .Entity("دوما", "LOC", "place:douma").Entity("المرصد السوري لحقوق الإنسان", "ORG", "actor:sohr");
        var events = doc.Events();
        var e = Assert.Single(events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("قصف", e.Trigger.Text);
        Assert.Equal(12, e.Fatalities);
        Assert.Equal("المرصد السوري لحقوق الإنسان", e.AttributedTo);
        Assert.Equal("place:douma", e.Location?.Id);
    }

    [Fact]
    public void Attribution_keeps_the_outlet_after_li_with_tatweel_and_drops_quotes()
    {
        var doc = new EventTestDocument("وبحسب مصادر خاصة لـ “صوت العاصمة”، فإن قوات النظام اعتقلت ثلاثة شبان في بلدة ببيلا.")
            .Entity("صوت العاصمة", "ORG", "actor:sawt-al-asima").Entity("قوات النظام", "ORG", "actor:syrian-government").Entity("ببيلا", "LOC", "place:babbila");
        var e = Single(doc.Events(), "COERCE");
        Assert.Equal("مصادر خاصة لصوت العاصمة", e.AttributedTo);
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
        Assert.Equal("arrest", e.Mode);
    }

    [Fact]
    public void Number_word_gives_the_fatalities()
    {
        var doc = new EventTestDocument("وقتل ثلاثون شخصاً في تفجير استهدف سوقاً شعبية في مدينة الباب.")
            .Entity("الباب", "LOC", "place:al-bab");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal(30, e.Fatalities);
    }

    [Fact]
    public void Vague_quantity_fixes_no_number()
    {
        var doc = new EventTestDocument("وشن تنظيم داعش هجوماً على حي الميدان أسفر عن سقوط عشرات القتلى.")
            .Entity("داعش", "ORG", "actor:isis").Entity("الميدان", "LOC", "place:midan");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Null(e.Fatalities);
        Assert.Equal("actor:isis", e.Actor1?.Id);
    }

    [Fact]
    public void Passive_verb_takes_its_noun_as_the_target_and_min_qibal_as_the_doer()
    {
        var doc = new EventTestDocument("وقُصف تنظيم داعش في محيط مدينة الرقة من قبل طيران التحالف الدولي.")
            .Entity("داعش", "ORG", "actor:isis").Entity("الرقة", "LOC", "place:raqqa").Entity("التحالف الدولي", "ORG", "actor:coalition");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("actor:coalition", e.Actor1?.Id);
        Assert.Equal("actor:isis", e.Actor2?.Id);
    }

    [Fact]
    public void Anaphor_altanzim_resolves_to_the_organisation_named_before()
    {
        var doc = new EventTestDocument("وأعلن تنظيم داعش سيطرته على قرية جديدة.\nوشن التنظيم هجوماً على مواقع الجيش العراقي قرب مدينة تكريت.")
            .Entity("داعش", "ORG", "actor:isis").Entity("الجيش العراقي", "ORG", "actor:iraq").Entity("تكريت", "LOC", "place:tikrit");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("actor:isis", e.Actor1?.Id);
        Assert.Equal("التنظيم", e.Actor1?.Text);
        Assert.Equal("actor:iraq", e.Actor2?.Id);
    }

    [Fact]
    public void Verbal_noun_trigger_matches_through_clitics_and_takes_the_governing_subject()
    {
        var doc = new EventTestDocument("وجددت روسيا دعمها للحل السياسي خلال اجتماعها مع وفد المعارضة السورية في جنيف.")
            .Entity("روسيا", "ORG", "actor:russia").Entity("المعارضة السورية", "ORG", "actor:syrian-opposition").Entity("جنيف", "LOC", "place:geneva");
        var e = Single(doc.Events(), "CONSULT");
        Assert.Equal("meeting", e.Mode);
        Assert.Equal("اجتماعها", e.Trigger.Text);
        Assert.Equal("actor:russia", e.Actor1?.Id);
        Assert.Equal("actor:syrian-opposition", e.Actor2?.Id);
        Assert.Equal("place:geneva", e.Location?.Id);
    }

    [Fact]
    public void Inflected_verb_with_conjunction_is_found()
    {
        var doc = new EventTestDocument("واتفقت الحكومة اليمنية مع جماعة الحوثي على تبادل الأسرى.")
            .Entity("الحكومة اليمنية", "ORG", "actor:yemen-government").Entity("الحوثي", "ORG", "actor:houthis");
        var e = Single(doc.Events(), "AGREE");
        Assert.Equal("واتفقت", e.Trigger.Text);
        Assert.Equal("actor:yemen-government", e.Actor1?.Id);
        Assert.Equal("actor:houthis", e.Actor2?.Id);
    }

    [Fact]
    public void Reporting_verbs_are_not_events()
    {
        var doc = new EventTestDocument("وقال الجيش الأردني في بيان إن الحدود مع سوريا ستبقى مغلقة، وأكد أن قواته على أهبة الاستعداد.")
            .Entity("الجيش الأردني", "ORG", "actor:jordan").Entity("سوريا", "LOC", "place:syria");
        Assert.Empty(doc.Events());
    }

    [Fact]
    public void Headline_carries_no_events()
    {
        var doc = new EventTestDocument("قصف روسي يستهدف ريف إدلب\nوتعرضت بلدات عدة في المنطقة لقصف مدفعي من قوات النظام.")
            .Entity("إدلب", "LOC", "place:idlib").Entity("قوات النظام", "ORG", "actor:syrian-government").WithTitleLine();
        var events = doc.Events();
        var e = Assert.Single(events);
        Assert.True(e.Evidence.Start > doc.Text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
    }

    [Fact]
    public void A_verb_describing_the_attack_just_named_is_the_same_event()
    {
        var doc = new EventTestDocument("وشن تنظيم داعش هجمات متعددة استهدفت مواقع قوات سوريا الديمقراطية.")
            .Entity("داعش", "ORG", "actor:isis").Entity("قوات سوريا الديمقراطية", "ORG", "actor:sdf");
        var e = Single(doc.Events(), "ASSAULT");
        Assert.Equal("هجمات", e.Trigger.Text);
        Assert.Equal("actor:sdf", e.Actor2?.Id);
    }

    [Fact]
    public void Outright_negation_of_an_action_is_a_refusal()
    {
        var doc = new EventTestDocument("وأكد الوفد الروسي أن لا خروج لفصائل المعارضة قبل انتهاء المعركة.")
            .Entity("الوفد الروسي", "ORG", "actor:russia");
        var e = Single(doc.Events(), "REJECT");
        Assert.Equal("لا خروج", e.Trigger.Text);
        Assert.Equal("actor:russia", e.Actor1?.Id);
        Assert.Equal("actor:syrian-opposition", e.Actor2?.Id);
    }

    [Fact]
    public void A_purpose_is_not_an_event()
    {
        var doc = new EventTestDocument("ووصل وفد من الأمم المتحدة إلى دمشق لبحث وقف إطلاق النار والتفاوض مع الحكومة.")
            .Entity("الأمم المتحدة", "ORG", "actor:un").Entity("دمشق", "LOC", "place:damascus").Entity("الحكومة", "ORG", "actor:syrian-government");
        Assert.DoesNotContain(doc.Events(), e => e.Type is "AGREE" or "CONSULT");
    }

    [Fact]
    public void Location_falls_back_to_the_article_place_without_a_span()
    {
        var doc = new EventTestDocument("وتدور معارك عنيفة في جنوب دمشق منذ الصباح.\nوقصفت قوات النظام مواقع التنظيم بالمدفعية الثقيلة.")
            .Entity("جنوب دمشق", "LOC", "place:south-damascus").Entity("قوات النظام", "ORG", "actor:syrian-government");
        var e = doc.Events().Single(x => x.Trigger.Text == "وقصفت");
        Assert.Equal("place:south-damascus", e.Location?.Id);
        Assert.Null(e.Location?.Start);
    }

    [Fact]
    public void Date_comes_from_the_sentence_and_carries_through_the_story_but_not_to_plans()
    {
        var doc = new EventTestDocument("والتقى وفد روسي أمس، الأربعاء 11 نيسان، قادة فصائل المعارضة في بلدة يلدا.\nوطالب الوفد الروسي الفصائل بتسليم السلاح الثقيل.\nوينوي الروس شن هجوم على التنظيم.")
            .Entity("وفد روسي", "ORG", "actor:russia").Entity("يلدا", "LOC", "place:yalda").Entity("الوفد الروسي", "ORG", "actor:russia").Entity("الروس", "ORG", "actor:russia")
            .Time("الأربعاء 11 نيسان", "2018-04-11");
        var events = doc.Events();
        Assert.Equal("2018-04-11", Single(events, "CONSULT").Date);
        Assert.Equal("2018-04-11", Single(events, "REQUEST").Date);
        Assert.Null(Single(events, "ASSAULT").Date);
    }

    [Fact]
    public void Background_sentence_does_not_inherit_the_story_date()
    {
        var doc = new EventTestDocument("وهاجمت قوات النظام بلدة كفرنبل يوم الجمعة 13 نيسان.\nوكان تنظيم داعش قد شن هجمات على البلدة منذ أيام.")
            .Entity("قوات النظام", "ORG", "actor:syrian-government").Entity("كفرنبل", "LOC", "place:kafranbel").Entity("داعش", "ORG", "actor:isis")
            .Time("يوم الجمعة 13 نيسان", "2018-04-13").Time("منذ أيام", null);
        var events = doc.Events();
        Assert.Equal("2018-04-13", events.Single(e => e.Actor1?.Id == "actor:syrian-government").Date);
        Assert.Null(events.Single(e => e.Actor1?.Id == "actor:isis").Date);
    }

    [Fact]
    public void Week_range_in_one_month_gives_that_month()
    {
        Assert.Equal("2018-04", EventExtractor.DateValue("2018-04-02/2018-04-08"));
        Assert.Null(EventExtractor.DateValue("2018-03-30/2018-04-05"));
        Assert.Null(EventExtractor.DateValue("PT48H"));
        Assert.Equal("2018-04-11", EventExtractor.DateValue("2018-04-11"));
    }

    [Fact]
    public void A_trigger_read_by_the_tagger_as_the_start_of_an_unknown_name_is_still_a_trigger()
    {
        // A tagger error: "أوامر بإقالة" as a person with no knowledge-base link.
        var doc = new EventTestDocument("وأصدر الروس أوامر بإقالة قائد الشرطة العسكرية في المدينة.")
            .Entity("الروس", "ORG", "actor:russia");
        var text = doc.Text;
        var ctx = doc.Context();
        int at = text.IndexOf("أوامر بإقالة", StringComparison.Ordinal);
        ctx.Entities = [.. ctx.Entities, new EntityRecord { Start = at, End = at + "أوامر بإقالة".Length, Text = "أوامر بإقالة", Type = "PER" }];
        var e = Single(new EventExtractor(EventGold.Resources).Extract(ctx), "REQUEST");
        Assert.Equal("actor:russia", e.Actor1?.Id);
    }
}
