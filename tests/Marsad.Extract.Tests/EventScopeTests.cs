namespace Marsad.Extract.Tests;

/// <summary>
/// Sport, business and culture reports must yield no events: their "هجوم", "معركة", "اتفاقية" and
/// "عرض" are metaphors or market talk. The articles are written for these tests in the style of
/// Arabic sport, business and culture pages.
/// </summary>
public sealed class EventScopeTests
{
    [Fact]
    public void Sport_report_has_no_events()
    {
        var doc = new EventTestDocument(
            "الهلال يتجاوز النصر في قمة الدوري\n" +
            "حقق فريق الهلال فوزاً ثميناً على النصر بهدفين مقابل هدف في المباراة التي جمعتهما مساء أمس على ملعب الملك فهد الدولي بالرياض، ضمن الجولة العاشرة من الدوري.\n" +
            "وشن لاعبو الهلال هجوماً مبكراً على مرمى النصر، وتمكن المهاجم من تسجيل الهدف الأول في الدقيقة الخامسة عشرة.\n" +
            "وقال مدرب الفريق في المؤتمر الصحفي إن المعركة على الصدارة ما زالت طويلة، مطالباً لاعبيه بمواصلة التركيز في المباريات المقبلة.\n" +
            "ووافق النادي على تمديد عقد المدرب حتى نهاية الموسم بعد مفاوضات استمرت أسبوعين.")
            .Entity("الهلال", "ORG", "org:al-hilal").Entity("النصر", "ORG", "org:al-nassr").Entity("الرياض", "LOC", "place:riyadh").WithTitleLine();
        Assert.Empty(doc.Events());
    }

    [Fact]
    public void Business_report_has_no_events()
    {
        var doc = new EventTestDocument(
            "أرامكو توقع اتفاقية لتطوير حقل غاز\n" +
            "وقعت شركة أرامكو السعودية اتفاقية مع شركة توتال الفرنسية لتطوير حقل غاز في المنطقة الشرقية باستثمارات تبلغ ثلاثة مليارات دولار.\n" +
            "وارتفع مؤشر السوق السعودية للأسهم بنسبة 1.2 في المئة عقب الإعلان، وسط تداولات بلغت قيمتها خمسة مليارات ريال.\n" +
            "وقال الرئيس التنفيذي للشركة إن المفاوضات بين الجانبين استمرت عاماً كاملاً، وإن الاتفاق سيوفر آلاف الوظائف.\n" +
            "وطالب محللون الشركات المدرجة بالإفصاح عن أرباحها الفصلية في موعدها.")
            .Entity("أرامكو", "ORG", "org:aramco").Entity("توتال", "ORG", "org:total").Entity("المنطقة الشرقية", "LOC", "place:eastern-province").WithTitleLine();
        Assert.Empty(doc.Events());
    }

    [Fact]
    public void Culture_report_has_no_events()
    {
        var doc = new EventTestDocument(
            "افتتاح مهرجان جدة للفيلم\n" +
            "افتتح مساء أمس مهرجان جدة للفيلم بمشاركة أكثر من مئة فيلم من عشرين دولة، وسط حضور كبير من الفنانين والنقاد.\n" +
            "وعرض المهرجان في ليلته الأولى فيلماً وثائقياً عن تاريخ المدينة، فيما تتنافس الأفلام على جائزة أفضل فيلم.\n" +
            "وأكد مدير المهرجان أن الدورة الحالية تشهد اتفاقاً مع عدد من الجامعات لتدريب الشباب على صناعة السينما.\n" +
            "ويستمر المهرجان عشرة أيام تتخللها عروض مسرحية وأمسيات شعرية في معرض الكتاب.")
            .Entity("جدة", "LOC", "place:jeddah").WithTitleLine();
        Assert.Empty(doc.Events());
    }

    [Fact]
    public void Conflict_report_mentioning_a_company_still_has_its_events()
    {
        var doc = new EventTestDocument(
            "وقصفت طائرات التحالف مواقع لجماعة الحوثي قرب مطار صنعاء، بحسب مصادر محلية.\n" +
            "وأعلنت شركة الطيران اليمنية تعليق رحلاتها بعد القصف، فيما قالت شركة النفط إن منشآتها لم تتضرر.")
            .Entity("التحالف", "ORG", "actor:saudi-coalition").Entity("الحوثي", "ORG", "actor:houthis").Entity("صنعاء", "LOC", "place:sanaa");
        var events = doc.Events();
        var e = Assert.Single(events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("actor:saudi-coalition", e.Actor1?.Id);
        Assert.Equal("actor:houthis", e.Actor2?.Id);
        Assert.Equal("مصادر محلية", e.AttributedTo);
    }

    [Fact]
    public void Labour_recruitment_report_has_no_events()
    {
        // Gulf business news: "تستقدم المكاتب العاملات" recruits workers — no troops are brought in,
        // and a ministry's warning to offices is market regulation.
        var doc = new EventTestDocument(
            "الكويت تفتح باب استقدام العمالة من إثيوبيا\n" +
            "أعلنت وزارة الشؤون الاجتماعية الكويتية أمس فتح باب استقدام العمالة المنزلية من إثيوبيا بعد توقف دام عامين، على أن تستقدم المكاتب المرخصة العاملات وفق عقد موحد.\n" +
            "وطالبت الوزارة مكاتب الاستقدام بالالتزام بالسقف المحدد للتكاليف، وتوعدت المخالفين بإغلاق مكاتبهم وسحب تراخيصهم.\n" +
            "وتوقع اتحاد مكاتب العمالة أن تنخفض تكلفة الاستقدام بنسبة عشرين في المئة خلال الأشهر المقبلة.")
            .Entity("وزارة الشؤون الاجتماعية الكويتية", "ORG", "actor:kuwait-government").Entity("إثيوبيا", "LOC", "place:ethiopia").WithTitleLine();
        Assert.Empty(doc.Events());
    }

    [Fact]
    public void Bringing_in_reinforcements_is_still_a_deployment()
    {
        var doc = new EventTestDocument(
            "واستقدمت قوات النظام تعزيزات عسكرية كبيرة إلى محيط بلدة اللطامنة في ريف حماة الشمالي.")
            .Entity("قوات النظام", "ORG", "actor:syrian-government").Entity("اللطامنة", "LOC", "place:al-lataminah").Entity("ريف حماة الشمالي", "LOC", "place:hama");
        var e = Assert.Single(doc.Events());
        Assert.Equal("MOBILIZE", e.Type);
        Assert.Equal("actor:syrian-government", e.Actor1?.Id);
    }
}
