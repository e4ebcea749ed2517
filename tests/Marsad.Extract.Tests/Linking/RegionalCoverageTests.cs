using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Tests.Linking;

/// <summary>
/// Names of the Yemeni, Iraqi, Libyan, Palestinian, Lebanese and Gulf news beyond the Syrian sample
/// (issue 4): each entry class added to the curated files, in sentences written for these tests.
/// </summary>
public class RegionalCoverageTests
{
    private static readonly MentionMatcher Matcher = new(KnowledgeBase.Shipped);
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    private static IReadOnlyList<EntityRecord> Find(string text) => Linker.Link(text, Matcher.Find(TextAnalyzer.Analyse(text)));

    private static (string Text, string Type, string? Id)[] Triples(string text) =>
        Find(text).Select(e => (e.Text!, e.Type, e.Id)).ToArray();

    /// <summary>Golden list: well-known names, alone in a neutral sentence, link to these ids.</summary>
    [Theory]
    [InlineData("الحوثيين", "ORG", "actor:houthis")]
    [InlineData("أنصار الله", "ORG", "actor:houthis")]
    [InlineData("التحالف العربي", "ORG", "actor:saudi-led-coalition")]
    [InlineData("تحالف دعم الشرعية", "ORG", "actor:saudi-led-coalition")]
    [InlineData("المقاومة الشعبية", "ORG", "actor:yemen-popular-resistance")]
    [InlineData("الحكومة الشرعية", "ORG", "actor:yemeni-government")]
    [InlineData("المؤتمر الشعبي العام", "ORG", "actor:general-peoples-congress")]
    [InlineData("الحشد الشعبي", "ORG", "actor:pmf")]
    [InlineData("منظمة بدر", "ORG", "actor:badr-organization")]
    [InlineData("قوات سوريا الديمقراطية", "ORG", "actor:sdf")]
    [InlineData("جيش الإسلام", "ORG", "actor:jaysh-al-islam")]
    [InlineData("جيش الفتح", "ORG", "actor:jaysh-al-fatah")]
    [InlineData("هيئة تحرير الشام", "ORG", "actor:hts")]
    [InlineData("الدفاع المدني", "ORG", "actor:white-helmets")]
    [InlineData("التحالف الدولي", "ORG", "actor:us-led-coalition")]
    [InlineData("الأمم المتحدة", "ORG", "actor:un")]
    [InlineData("مجلس الأمن", "ORG", "actor:un-security-council")]
    [InlineData("منظمة الصحة العالمية", "ORG", "actor:who")]
    [InlineData("برنامج الأغذية العالمي", "ORG", "actor:wfp")]
    [InlineData("مجلس التعاون الخليجي", "ORG", "actor:gcc")]
    [InlineData("منظمة التعاون الإسلامي", "ORG", "actor:oic")]
    [InlineData("حركة حماس", "ORG", "actor:hamas")]
    [InlineData("السلطة الفلسطينية", "ORG", "actor:palestinian-authority")]
    [InlineData("الجيش الوطني الليبي", "ORG", "actor:libyan-national-army")]
    [InlineData("حكومة الوفاق", "ORG", "actor:libya-gna")]
    [InlineData("حركة طالبان", "ORG", "actor:taliban")]
    [InlineData("جماعة الإخوان المسلمين", "ORG", "actor:muslim-brotherhood")]
    [InlineData("عبد ربه منصور هادي", "PER", "person:abd-rabbuh-mansur-hadi")]
    [InlineData("علي عبدالله صالح", "PER", "person:ali-abdullah-saleh")]
    [InlineData("عبدالملك الحوثي", "PER", "person:abdul-malik-al-houthi")]
    [InlineData("سلمان بن عبدالعزيز", "PER", "person:salman-bin-abdulaziz")]
    [InlineData("محمد بن سلمان", "PER", "person:mohammed-bin-salman")]
    [InlineData("عادل الجبير", "PER", "person:adel-al-jubeir")]
    [InlineData("عبدالفتاح السيسي", "PER", "person:abdel-fattah-al-sisi")]
    [InlineData("محمود عباس", "PER", "person:mahmoud-abbas")]
    [InlineData("خليفة حفتر", "PER", "person:khalifa-haftar")]
    [InlineData("نوري المالكي", "PER", "person:nouri-al-maliki")]
    [InlineData("إسماعيل ولد الشيخ أحمد", "PER", "person:ismail-ould-cheikh-ahmed")]
    [InlineData("صنعاء", "LOC", "geonames:71137")]
    [InlineData("مأرب", "LOC", "place:marib")]
    [InlineData("حضرموت", "LOC", "place:hadramawt")]
    [InlineData("الأنبار", "LOC", "place:anbar")]
    [InlineData("نينوى", "LOC", "place:nineveh")]
    [InlineData("بنغازي", "LOC", "place:benghazi")]
    [InlineData("مصراتة", "LOC", "place:misrata")]
    [InlineData("الضفة الغربية", "LOC", "place:west-bank")]
    [InlineData("قطاع غزة", "LOC", "place:gaza-strip")]
    [InlineData("عرسال", "LOC", "place:arsal")]
    [InlineData("جنيف", "LOC", "place:geneva")]
    [InlineData("مطار عدن الدولي", "LOC", "place:aden-airport")]
    [InlineData("رفح", "LOC", "place:rafah")]
    [InlineData("نهر الفرات", "LOC", "place:euphrates")]
    [InlineData("آسيا", "LOC", "place:asia")]
    [InlineData("شمال أفريقيا", "LOC", "place:north-africa")]
    [InlineData("رابطة العالم الإسلامي", "ORG", "actor:muslim-world-league")]
    [InlineData("حزب الشعوب الديمقراطي", "ORG", "actor:hdp")]
    [InlineData("وكالة الأنباء الكويتية", "ORG", "actor:kuna")]
    [InlineData("الجمهورية الإسلامية الإيرانية", "ORG", "actor:iran")]
    [InlineData("أنجيلا ميركل", "PER", "person:angela-merkel")]
    [InlineData("وليد جنبلاط", "PER", "person:walid-jumblatt")]
    [InlineData("أحمد عبيد بن دغر", "PER", "person:ahmed-bin-dagher")]
    public void Well_known_name_links_to_its_id(string name, string type, string id)
    {
        var text = $"وأشار التقرير إلى {name} في أكثر من موضع.";
        var e = Assert.Single(Find(text));
        Assert.Equal((name, type, id), (e.Text, e.Type, e.Id));
    }

    [Fact]
    public void Houthi_group_is_found_under_its_plural_its_singular_and_its_adjective()
    {
        var found = Triples("وقصفت ميليشيات الحوثي أحياء في تعز، فيما قال الحوثيون إن الميليشيات الحوثية انسحبت.");
        Assert.Contains(("الحوثي", "ORG", "actor:houthis"), found);          // the militia head lies outside
        Assert.Contains(("الحوثيون", "ORG", "actor:houthis"), found);
        Assert.Contains(("الميليشيات الحوثية", "ORG", "actor:houthis"), found); // head + adjective, like "القوات الروسية"
        Assert.Contains(("تعز", "LOC", "geonames:70225"), found);
    }

    [Fact]
    public void Saudi_led_coalition_is_not_the_us_led_one_when_the_text_says_arab()
    {
        var found = Triples("وشنت قوات التحالف العربي غارات على مواقع في صعدة، بينما واصل التحالف الدولي ضرباته في الرقة.");
        Assert.Equal("actor:saudi-led-coalition", found[0].Id);
        Assert.Equal("قوات التحالف العربي", found[0].Text);
        Assert.Contains(("التحالف الدولي", "ORG", "actor:us-led-coalition"), found);
    }

    [Fact]
    public void Full_name_wins_over_the_family_name_of_another_person()
    {
        // "المالكي" alone is not an alias: the coalition spokesman shares Nouri al-Maliki's family name.
        var found = Triples("وقال المتحدث باسم التحالف العقيد تركي المالكي إن الصاروخ اعترض فوق نجران.");
        Assert.Contains(("تركي المالكي", "PER", "person:turki-al-maliki"), found);
        Assert.DoesNotContain(found, f => f.Id == "actor:turkey");
    }

    [Fact]
    public void Libyan_tripoli_is_the_default_and_lebanese_context_brings_back_the_lebanese_one()
    {
        var libya = Find("اندلعت اشتباكات في طرابلس بين فصائل مسلحة قرب مطار معيتيقة.");
        Assert.Equal("place:tripoli-libya", Assert.Single(libya, e => e.Text == "طرابلس").Id);
        var lebanon = Find("انتشر الجيش في طرابلس وصيدا وبيروت بعد الاشتباكات.");
        Assert.Equal("LB", KnowledgeBase.Shipped.Place(Assert.Single(lebanon, e => e.Text == "طرابلس").Id!)!.Country);
    }

    [Fact]
    public void Place_names_that_are_everyday_words_need_a_head()
    {
        // "سرت" is also the verb "spread"; "مسقط رأسه" is one's birthplace.
        Assert.Empty(Find("وسرت الهدنة منذ منتصف الليل في مسقط رأسه."));
        Assert.Contains(("سرت", "LOC", "place:sirte"), Triples("سيطر التنظيم على مدينة سرت الساحلية."));
    }

    [Fact]
    public void Ramadi_is_the_iraqi_city_not_the_lebanese_hamlet() =>
        Assert.Equal("place:ramadi", Assert.Single(Find("استعادت القوات العراقية مدينة الرمادي.") , e => e.Type == "LOC").Id);

    [Fact]
    public void Gulf_capitals_missing_from_the_regional_gazetteer_have_points()
    {
        foreach (var (name, id) in new[] { ("الدوحة", "place:doha"), ("أبوظبي", "place:abu-dhabi"), ("المنامة", "place:manama") })
        {
            var e = Assert.Single(Find($"وصل الوزير إلى {name} مساء أمس."));
            Assert.Equal(id, e.Id);
            Assert.NotNull(e.Lat);
        }
    }

    [Fact]
    public void Spelling_variant_of_a_turkish_town_links_to_the_same_place()
    {
        Assert.Equal("place:kilis", Assert.Single(Find("سقطت قذائف على مدينة كيليس التركية.")).Id);
        Assert.Equal("place:kilis", Assert.Single(Find("سقطت قذائف على مدينة كلس التركية.")).Id);
    }

    [Fact]
    public void Known_camp_name_after_a_prison_head_links() =>
        Assert.Equal("place:camp-bucca", Assert.Single(Find("التقى قادة التنظيم في سجن بوكا جنوب العراق."), e => e.Text == "بوكا").Id);
}
