using static Marsad.Extract.Tests.TimeTestSupport;

namespace Marsad.Extract.Tests;

/// <summary>Absolute dates in every form Arabic news writes them.</summary>
public sealed class TimeDateFormTests
{
    private static readonly DateOnly April12 = new(2018, 4, 12);

    [Fact]
    public void Levantine_month_with_year() =>
        Assert.Equal(("11 نيسان 2018", "2018-04-11"), Single("وقعت الغارة في 11 نيسان 2018 على المدينة"));

    [Fact]
    public void Levantine_two_word_month() =>
        Assert.Equal(("3 كانون الثاني 2019", "2019-01-03"), Single("انتهى الاتفاق في 3 كانون الثاني 2019"));

    [Fact]
    public void Levantine_month_without_the_article() =>
        Assert.Equal(("20 تشرين اول 2017", "2017-10-20"), Single("بدأ الهجوم في 20 تشرين اول 2017"));

    [Fact]
    public void Iraqi_month_with_hamza_dropped() =>
        Assert.Equal(("5 اذار 2016", "2016-03-05"), Single("تحررت المدينة في 5 اذار 2016"));

    [Theory]
    [InlineData("اجتمع الوفدان في 15 يونيه 2017", "15 يونيه 2017", "2017-06-15")]
    [InlineData("اجتمع الوفدان في 15 يونيو 2017", "15 يونيو 2017", "2017-06-15")]
    [InlineData("اجتمع الوفدان في 2 فبرایر 2017", "2 فبرایر 2017", "2017-02-02")]
    [InlineData("اجتمع الوفدان في 9 إبريل 2017", "9 إبريل 2017", "2017-04-09")]
    [InlineData("اجتمع الوفدان في 9 أبريل 2017", "9 أبريل 2017", "2017-04-09")]
    [InlineData("اجتمع الوفدان في 30 اغسطس 2017", "30 اغسطس 2017", "2017-08-30")]
    [InlineData("اجتمع الوفدان في 1 يوليه 2017", "1 يوليه 2017", "2017-07-01")]
    [InlineData("اجتمع الوفدان في 25 ديسمبر 2017", "25 ديسمبر 2017", "2017-12-25")]
    public void Egyptian_and_Gulf_months_with_spelling_variants(string text, string span, string value) =>
        Assert.Equal((span, value), Single(text));

    [Theory]
    [InlineData("خرجت مسيرة يوم 20 جوان 2019", "يوم 20 جوان 2019", "2019-06-20")]
    [InlineData("انطلقت الحملة في 5 أوت 2020", "5 أوت 2020", "2020-08-05")]
    [InlineData("صدر القرار في 14 جانفي 2011", "14 جانفي 2011", "2011-01-14")]
    [InlineData("صدر القرار في 3 جويلية 2019", "3 جويلية 2019", "2019-07-03")]
    [InlineData("صدر القرار في 8 أفريل 2019", "8 أفريل 2019", "2019-04-08")]
    [InlineData("صدر القرار في 22 فيفري 2019", "22 فيفري 2019", "2019-02-22")]
    public void Maghrebi_months(string text, string span, string value) => Assert.Equal((span, value), Single(text));

    [Fact]
    public void Combined_month_names_form_one_time() =>
        Assert.Equal(("11 نيسان/أبريل 2018", "2018-04-11"), Single("وقعت الغارة في 11 نيسان/أبريل 2018"));

    [Fact]
    public void Combined_month_in_parentheses_form_one_time() =>
        Assert.Equal(("5 أبريل (نيسان) 2018", "2018-04-05"), Single("وقعت الغارة في 5 أبريل (نيسان) 2018"));

    [Fact]
    public void Hijri_date_with_era_converts_to_gregorian() =>
        Assert.Equal(("15 رمضان 1439 هـ", "2018-05-30"), Single("صدر البيان في 15 رمضان 1439 هـ"));

    [Fact]
    public void Hijri_genitive_month_name() =>
        Assert.Equal(("10 ذي الحجة 1439", "2018-08-21"), Single("يوافق العيد 10 ذي الحجة 1439"));

    [Fact]
    public void Hijri_month_name_that_is_also_a_name_needs_a_date() =>
        Assert.Empty(All("قال رمضان شلح إن الحركة مستمرة"));

    [Theory]
    [InlineData("صدر القرار بتاريخ 11/4/2018 عن المحكمة", "11/4/2018")]
    [InlineData("صدر القرار بتاريخ 2018-04-11 عن المحكمة", "2018-04-11")]
    [InlineData("صدر القرار بتاريخ 2018/04/11 عن المحكمة", "2018/04/11")]
    [InlineData("صدر القرار بتاريخ 11.4.2018 عن المحكمة", "11.4.2018")]
    [InlineData("صدر القرار بتاريخ ١١/٤/٢٠١٨ عن المحكمة", "١١/٤/٢٠١٨")]
    public void Numeric_dates_read_day_first(string text, string span) => Assert.Equal((span, "2018-04-11"), Single(text));

    [Fact]
    public void Arabic_indic_digits_in_a_written_date() =>
        Assert.Equal(("١١ نيسان ٢٠١٨", "2018-04-11"), Single("وقعت الغارة في ١١ نيسان ٢٠١٨"));

    [Fact]
    public void Weekday_belongs_to_the_date() =>
        Assert.Equal(("الأربعاء 11 نيسان", "2018-04-11"), Single("اجتمع الوفد الأربعاء 11 نيسان مع الفصائل", April12));

    [Fact]
    public void Weekday_fixes_missing_year()
    {
        // 11 April was a Wednesday in 2012 and 2018; read in an article of early 2013 it is 2012's.
        Assert.Equal(("الأربعاء 11 نيسان", "2012-04-11"), Single("اجتمع الوفد الأربعاء 11 نيسان مع الفصائل", new DateOnly(2013, 1, 20)));
        Assert.Equal(("الأربعاء 11 نيسان", "2018-04-11"), Single("اجتمع الوفد الأربعاء 11 نيسان مع الفصائل", new DateOnly(2018, 5, 1)));
    }

    [Fact]
    public void Weekday_fixes_missing_year_without_publication_date_as_the_latest_before_today() =>
        Assert.Equal(("يوم الجمعة 13 نيسان", "2018-04-13"), Single("دخل الوفد يوم الجمعة 13 نيسان إلى المنطقة"));

    [Fact]
    public void Weekday_with_muwafiq_connector() =>
        Assert.Equal(("الأربعاء الموافق 11 نيسان", "2018-04-11"), Single("اجتمع الوفد الأربعاء الموافق 11 نيسان", April12));

    [Fact]
    public void Publication_date_fixes_missing_year() =>
        Assert.Equal(("11 نيسان", "2018-04-11"), Single("اجتمع الوفد في 11 نيسان مع الفصائل", April12));

    [Fact]
    public void Missing_year_is_the_closest_before_publication_across_new_year() =>
        Assert.Equal(("28 كانون الأول", "2017-12-28"), Single("قصفت الطائرات البلدة في 28 كانون الأول", new DateOnly(2018, 1, 5)));

    [Fact]
    public void Missing_year_without_any_anchor_stays_open() =>
        Assert.Equal(("11 نيسان", "XXXX-04-11"), Single("اجتمع الوفد في 11 نيسان مع الفصائل"));

    [Fact]
    public void Written_year_elsewhere_anchors_a_missing_one() =>
        Assert.Equal(new (string, string?)[] { ("3 آذار 2015", "2015-03-03"), ("11 نيسان", "2015-04-11") },
            All("بدأ الحصار في 3 آذار 2015 وانتهى في 11 نيسان"));

    [Fact]
    public void Year_with_year_noun() => Assert.Equal(("عام 2018", "2018"), Single("منذ عام 2018 لم يدخل أحد"));

    [Fact]
    public void Year_with_era_letter() => Assert.Equal(("2018م", "2018"), Single("في 2018م بدأت العملية"));

    [Fact]
    public void Bare_four_digit_number_is_not_a_year() => Assert.Empty(All("بلغ عدد العناصر 2018 عنصراً"));

    [Fact]
    public void Month_and_year() => Assert.Equal(("نيسان 2018", "2018-04"), Single("تصاعد القصف في نيسان 2018"));

    [Fact]
    public void Month_noun_and_month_resolved_by_publication() =>
        Assert.Equal(("شهر آب", "2018-08"), Single("تصاعد القصف خلال شهر آب", new DateOnly(2018, 9, 10)));

    [Fact]
    public void Month_with_past_modifier() =>
        Assert.Equal(("نيسان الماضي", "2018-04"), Single("تصاعد القصف في نيسان الماضي", new DateOnly(2018, 6, 1)));

    [Fact]
    public void Weak_month_name_alone_is_not_a_time() => Assert.Empty(All("قال أب لثلاثة أطفال إنه مارس الضغط"));

    [Fact]
    public void Impossible_day_is_not_dated() => Assert.Equal(("31 شباط 2018", null), Single("في 31 شباط 2018"));

    [Fact]
    public void Day_range_with_one_month() =>
        Assert.Equal(("بين 9 و15 نيسان", "2018-04-09/2018-04-15"), Single("تعرضت المدينة للقصف بين 9 و15 نيسان", April12));

    [Fact]
    public void Day_range_with_from_and_to() =>
        Assert.Equal(("من 9 إلى 15 نيسان 2018", "2018-04-09/2018-04-15"), Single("استمر الحصار من 9 إلى 15 نيسان 2018"));

    [Fact]
    public void Day_range_with_a_hyphen() =>
        Assert.Equal(("9-15 نيسان 2018", "2018-04-09/2018-04-15"), Single("استمر الحصار 9-15 نيسان 2018"));

    [Fact]
    public void Day_range_across_months() =>
        Assert.Equal(("بين 30 آذار و5 نيسان 2018", "2018-03-30/2018-04-05"), Single("استمر الحصار بين 30 آذار و5 نيسان 2018"));

    [Fact]
    public void Ordinal_day_before_a_month() =>
        Assert.Equal(("التاسع من أغسطس 2015", "2015-08-09"), Single("بدأت البطولة في التاسع من أغسطس 2015"));

    [Fact]
    public void Compound_ordinal_day() =>
        Assert.Equal(("الحادي والعشرين من نيسان", "2018-04-21"), Single("تنتهي المهلة في الحادي والعشرين من نيسان", April12));

    [Fact]
    public void Ordinal_day_with_month_noun_and_hijri_month() =>
        Assert.Equal(("التاسع من شهر رمضان 1436", "2015-06-26"), Single("وصل الوفد في التاسع من شهر رمضان 1436"));

    [Fact]
    public void Ordinal_adjective_is_not_a_day() => Assert.Empty(All("وهو الاجتماع الأول من نوعه بين الطرفين"));
}
