using static Marsad.Extract.Tests.TimeTestSupport;

namespace Marsad.Extract.Tests;

/// <summary>Relative expressions, durations and the stretch before publication.</summary>
public sealed class TimeRelativeTests
{
    /// <summary>Thursday 12 April 2018.</summary>
    private static readonly DateOnly Thursday = new(2018, 4, 12);

    [Fact]
    public void Yesterday_is_the_day_before_publication() => Assert.Equal(("أمس", "2018-04-11"), Single("التقى الوفد أمس بالفصائل", Thursday));

    [Fact]
    public void Yawm_belongs_to_yesterday() => Assert.Equal(("يوم أمس", "2018-04-11"), Single("توجه وفد روسي يوم أمس إلى المنطقة", Thursday));

    [Fact]
    public void Bil_ams_with_proclitic_and_article() => Assert.Equal(("الأمس", "2018-04-11"), Single("وقعت الاشتباكات بالأمس", Thursday));

    [Theory]
    [InlineData("التقى الوفد أول أمس بالفصائل", "أول أمس")]
    [InlineData("التقى الوفد أمس الأول بالفصائل", "أمس الأول")]
    [InlineData("التقى الوفد أول من أمس بالفصائل", "أول من أمس")]
    public void Day_before_yesterday(string text, string span) => Assert.Equal((span, "2018-04-10"), Single(text, Thursday));

    [Fact]
    public void Today_is_publication_day() => Assert.Equal(("اليوم", "2018-04-12"), Single("تنتهي المهلة اليوم", Thursday));

    [Fact]
    public void Part_of_day_belongs_to_today() => Assert.Equal(("صباح اليوم", "2018-04-12"), Single("بدأت الحملة صباح اليوم", Thursday));

    [Theory]
    [InlineData("يعقد الاجتماع غداً في جنيف", "غداً", "2018-04-13")]
    [InlineData("يعقد الاجتماع غدا في جنيف", "غدا", "2018-04-13")]
    [InlineData("يعقد الاجتماع بعد غد في جنيف", "بعد غد", "2018-04-14")]
    public void Tomorrow_and_after(string text, string span, string value) => Assert.Equal((span, value), Single(text, Thursday));

    [Fact]
    public void Outlet_named_today_is_not_a_time() => Assert.Empty(All("ووفق ما نقله موقع \"روسيا اليوم\" عن اللواء", Thursday));

    [Fact]
    public void Next_day_counts_from_another_day_not_publication() => Assert.Empty(All("وفي اليوم التالي انسحبت القوات", Thursday));

    [Fact]
    public void Yesterday_and_its_weekday_are_two_times() =>
        Assert.Equal(new (string, string?)[] { ("أمس", "2018-04-11"), ("الأربعاء", "2018-04-11") }, All("تجددت المواجهات أمس الأربعاء", Thursday));

    [Fact]
    public void Bare_weekday_is_the_latest_on_or_before_publication() =>
        Assert.Equal(("يوم الجمعة", "2018-04-06"), Single("خرج الوفد يوم الجمعة إلى دمشق", Thursday));

    [Fact]
    public void Weekday_of_publication_day_is_that_day() =>
        Assert.Equal(("الخميس", "2018-04-12"), Single("قال مصدر (الخميس) إن الوفد خرج", Thursday));

    [Fact]
    public void Parentheses_lie_outside_a_weekday() =>
        Assert.Equal(("الجمعة", null), Single("قالت وسائل إعلام روسية (الجمعة) إن التنظيم"));

    [Fact]
    public void Past_weekday_is_strictly_before_publication() =>
        Assert.Equal(("الخميس الماضي", "2018-04-05"), Single("جرت المفاوضات الخميس الماضي", Thursday));

    [Fact]
    public void Next_weekday_is_strictly_after_publication() =>
        Assert.Equal(("الجمعة المقبلة", "2018-04-13"), Single("تجري المفاوضات الجمعة المقبلة", Thursday));

    [Fact]
    public void Future_cue_makes_a_bare_weekday_upcoming() =>
        Assert.Equal(("يوم الأحد", "2018-04-15"), Single("ومن المقرر أن يعقد الاجتماع يوم الأحد في أستانا", Thursday));

    [Fact]
    public void Past_weekday_without_publication_takes_the_one_the_article_dates() =>
        Assert.Equal(new (string, string?)[] { ("يوم الجمعة 13 نيسان", "2018-04-13"), ("الجمعة الماضية", "2018-04-13") },
            All("دخل الوفد يوم الجمعة 13 نيسان إلى المنطقة. ولم يتوصل الطرفان لنتيجة بعد جولة المفاوضات التي جرت الجمعة الماضية"));

    [Fact]
    public void Relative_expressions_without_publication_are_null() =>
        Assert.Equal(new (string, string?)[] { ("أمس", null), ("اليوم", null), ("الأسبوع المقبل", null) },
            All("تعطل الخروج أمس وتنتهي المهلة اليوم على أن يجري لقاء آخر الأسبوع المقبل"));

    [Fact]
    public void Next_week_is_the_following_iso_week() =>
        Assert.Equal(("الأسبوع المُقبل", "2018-04-02/2018-04-08"), Single("على أن يجري لقاء آخر بداية الأسبوع المُقبل", new DateOnly(2018, 3, 28)));

    [Fact]
    public void Last_week_is_the_previous_iso_week() =>
        Assert.Equal(("الأسبوع الماضي", "2018-04-02/2018-04-08"), Single("قتل عشرات المدنيين الأسبوع الماضي", Thursday));

    [Fact]
    public void This_week_with_the_demonstrative() =>
        Assert.Equal(("هذا الأسبوع", "2018-04-09/2018-04-15"), Single("تستأنف المفاوضات هذا الأسبوع", Thursday));

    [Fact]
    public void Last_month() => Assert.Equal(("الشهر الماضي", "2018-03"), Single("تصاعد القصف الشهر الماضي", Thursday));

    [Fact]
    public void Current_month() => Assert.Equal(("الشهر الجاري", "2018-04"), Single("في منتصف الشهر الجاري", Thursday));

    [Fact]
    public void Last_year_in_feminine() => Assert.Equal(("السنة الماضية", "2017"), Single("خلال السنة الماضية", Thursday));

    [Fact]
    public void Since_three_days_is_a_point_before_publication() =>
        Assert.Equal(("منذ ثلاثة أيام", "2018-04-09"), Single("خرج الوفد منذ ثلاثة أيام", Thursday));

    [Fact]
    public void Two_weeks_ago() => Assert.Equal(("قبل أسبوعين", "2018-03-29"), Single("خرج الوفد قبل أسبوعين", Thursday));

    [Fact]
    public void Days_before_another_event_are_a_duration() =>
        Assert.Equal(("ثلاثة أيام", "P3D"), Single("خرج الوفد قبل ثلاثة أيام من الانتخابات", Thursday));

    [Fact]
    public void Vague_days_are_not_a_time() => Assert.Empty(All("بدأ التنظيم بعمليات تدشيم منذ أيام بعد تسرب أخبار", Thursday));

    [Fact]
    public void Past_hours_reach_back_a_day() =>
        Assert.Equal(("الساعات الماضية", "2018-04-11/2018-04-12"), Single("تجدد القصف خلال الساعات الماضية", Thursday));

    [Fact]
    public void Past_two_days_end_the_day_before_publication() =>
        Assert.Equal(("اليومين الماضيين", "2018-04-10/2018-04-11"), Single("تعثر الاتفاق خلال اليومين الماضيين", Thursday));

    [Fact]
    public void Past_hours_with_digits_and_detached_article() =>
        Assert.Equal(("الـ24 ساعة الماضية", "2018-04-11/2018-04-12"), Single("قتل 12 مدنياً خلال الـ24 ساعة الماضية", Thursday));

    [Fact]
    public void Hours_in_digits_are_a_duration() => Assert.Equal(("48 ساعة", "PT48H"), Single("أعطى النظام مهلة 48 ساعة لإبرام اتفاق"));

    [Fact]
    public void Hours_in_words_are_a_duration() => Assert.Equal(("أربع ساعات", "PT4H"), Single("استمر الاجتماع أربع ساعات"));

    [Fact]
    public void Hedge_belongs_to_a_duration_and_proclitic_lies_outside() =>
        Assert.Equal(("أكثر من أربع ساعات", "PT4H"), Single("قد استمر لأكثر من أربع ساعات قبل خروج الوفد"));

    [Fact]
    public void Since_more_than_a_year_is_a_one_year_duration() =>
        Assert.Equal(("أكثر من عام", "P1Y"), Single("حيث تتواجد الشرطة الروسية هناك منذ أكثر من عام."));

    [Fact]
    public void Dual_unit_is_a_two_unit_duration() => Assert.Equal(("يومين", "P2D"), Single("استمرت المعارك يومين"));

    [Fact]
    public void Years_after_digits_are_a_duration() => Assert.Equal(("7 سنوات", "P7Y"), Single("بعد حصار دام 7 سنوات"));

    [Fact]
    public void Minutes_are_a_time_duration() => Assert.Equal(("عشر دقائق", "PT10M"), Single("توقف القصف عشر دقائق"));

    [Fact]
    public void Vague_count_of_hours_is_not_a_duration() => Assert.Empty(All("استمر القصف عشرات الساعات"));

    [Fact]
    public void Clock_hour_is_not_a_duration() => Assert.Empty(All("بدأ القصف عند الساعة 10 صباحاً"));

    [Fact]
    public void Huge_count_back_is_a_duration_without_a_date() =>
        Assert.Equal(("الـ 100000 السنوات الماضية", null), Single("خلال الـ 100000 السنوات الماضية", Thursday));

    [Fact]
    public void Night_before_last() => Assert.Equal(("الليلة قبل الماضية", "2018-04-10"), Single("نشرت المجموعة بياناً الليلة قبل الماضية", Thursday));

    [Fact]
    public void Outlet_ain_alyoum_is_not_a_time() => Assert.Empty(All("عين اليوم – الرياض أغلق مؤشر السوق", Thursday));

    [Fact]
    public void That_day_is_not_today() => Assert.Empty(All("عقب صلاة الفجر في ذلك اليوم خرج", Thursday));

    [Fact]
    public void Day_of_the_current_month() =>
        Assert.Equal(("15 من الشهر الجاري", "2018-04-15"), Single("تبدأ الجولة في 15 من الشهر الجاري", Thursday));

    [Fact]
    public void Day_of_last_month() =>
        Assert.Equal(("3 من الشهر الماضي", "2018-03-03"), Single("بدأت الحملة في 3 من الشهر الماضي", Thursday));
}
