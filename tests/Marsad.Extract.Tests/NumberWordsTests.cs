using Marsad.Extract.Numbers;
using Marsad.Text;

namespace Marsad.Extract.Tests;

public sealed class NumberWordsTests
{
    private static readonly ArabicNumbers Numbers = ArabicNumbers.Shipped;

    /// <summary>Parses the number starting at the first token whose surface is <paramref name="at"/>.</summary>
    private static NumberMatch? Read(string text, string at)
    {
        var a = TextAnalyzer.Analyse(text);
        for (int i = 0; i < a.Tokens.Length; i++)
            if (a.Surface(i).SequenceEqual(at))
                return Numbers.TryMatch(a, i, out var m) ? m : null;
        throw new ArgumentException($"no token '{at}' in '{text}'");
    }

    private static void AssertNumber(string text, string at, long value, string spanText)
    {
        var m = Read(text, at);
        Assert.NotNull(m);
        Assert.False(m.Value.Vague);
        Assert.Equal(value, m.Value.Value);
        Assert.Equal(spanText, m.Value.Span.Of(text));
    }

    [Fact]
    public void Digits_before_a_counted_noun_are_the_number_alone() =>
        AssertNumber("حيث تنص بنود الاتفاق على خروج 1220 عنصراً من داعش", "1220", 1220, "1220");

    [Fact]
    public void Arabic_indic_digits_read_as_numbers() =>
        AssertNumber("مقتل ١٢ مدنياً في القصف", "١٢", 12, "١٢");

    [Fact]
    public void Thousands_separator_groups_digits() =>
        AssertNumber("نزوح 1,220 عائلة", "1,220", 1220, "1,220");

    [Fact]
    public void Decimal_digits_with_a_scale_word_multiply() =>
        AssertNumber("نزح 1.5 مليون شخص", "1.5", 1_500_000, "1.5 مليون");

    [Fact]
    public void Feminine_and_masculine_units_share_a_value()
    {
        AssertNumber("قتل ثلاثة مدنيين", "ثلاثة", 3, "ثلاثة");
        AssertNumber("سقطت ثلاث قذائف", "ثلاث", 3, "ثلاث");
    }

    [Fact]
    public void Tens_read_in_both_cases()
    {
        AssertNumber("مقتل ثلاثين شخصاً", "ثلاثين", 30, "ثلاثين");
        AssertNumber("قتل ثلاثون شخصاً", "ثلاثون", 30, "ثلاثون");
        AssertNumber("خروج عشرين مقاتلاً", "عشرين", 20, "عشرين");
    }

    [Fact]
    public void Ten_alone_is_ten() => AssertNumber("منذ عشرة أيام", "عشرة", 10, "عشرة");

    [Fact]
    public void Unit_and_tens_joined_by_waw_add() =>
        AssertNumber("قتل خمسة وعشرون عنصراً", "خمسة", 25, "خمسة وعشرون");

    [Fact]
    public void Teens_combine_unit_and_ten_marker()
    {
        AssertNumber("أصيب ثلاثة عشر مدنياً", "ثلاثة", 13, "ثلاثة عشر");
        AssertNumber("خروج أحد عشر مقاتلاً", "أحد", 11, "أحد عشر");
    }

    [Fact]
    public void Teen_head_alone_is_not_a_number() => Assert.Null(Read("قال أحد القادة", "أحد"));

    [Fact]
    public void Hundred_in_both_spellings_reads_one_hundred()
    {
        AssertNumber("قرابة مئة عائلة", "مئة", 100, "مئة");
        AssertNumber("قرابة مائة عائلة", "مائة", 100, "مائة");
    }

    [Fact]
    public void Hundreds_word_then_units_and_tens() =>
        AssertNumber("وصول ثلاثمئة وخمسين مقاتلاً", "ثلاثمئة", 350, "ثلاثمئة وخمسين");

    [Fact]
    public void Unit_times_hundred_written_apart() => AssertNumber("وصول ثلاث مئة مقاتل", "ثلاث", 300, "ثلاث مئة");

    [Fact]
    public void Thousand_with_accusative_tanween() => AssertNumber("نزوح عشرين ألفاً من السكان", "عشرين", 20_000, "عشرين ألفاً");

    [Fact]
    public void Plural_thousands_multiply_three_to_ten() => AssertNumber("نزوح ثلاثة آلاف شخص", "ثلاثة", 3000, "ثلاثة آلاف");

    [Fact]
    public void Compound_with_scale_and_remainder() =>
        AssertNumber("بلغ عدد النازحين خمسة وعشرين ألفاً وخمسمئة", "خمسة", 25_500, "خمسة وعشرين ألفاً وخمسمئة");

    [Fact]
    public void Dual_scale_word_is_two_thousand() => AssertNumber("خروج ألفين من المقاتلين", "ألفين", 2000, "ألفين");

    [Fact]
    public void Proclitic_preposition_lies_outside_the_span() => AssertNumber("استهدفت البلدة بثلاث غارات", "بثلاث", 3, "ثلاث");

    [Fact]
    public void Short_stem_after_a_proclitic_is_not_read() => Assert.Null(Read("لست أدري", "لست"));

    [Fact]
    public void Two_units_in_a_row_are_two_numbers() => AssertNumber("ثلاثة أربعة", "ثلاثة", 3, "ثلاثة");

    [Theory]
    [InlineData("قتل عشرات المدنيين", "عشرات", "عشرات")]
    [InlineData("سقوط مئات القذائف", "مئات", "مئات")]
    [InlineData("نزوح آلاف المدنيين", "آلاف", "آلاف")]
    [InlineData("نزوح عشرات الآلاف من المدنيين", "عشرات", "عشرات الآلاف")]
    [InlineData("منذ بضعة أيام", "بضعة", "بضعة")]
    public void Vague_quantities_fix_no_number(string text, string at, string spanText)
    {
        var m = Read(text, at);
        Assert.NotNull(m);
        Assert.True(m.Value.Vague);
        Assert.Equal(0, m.Value.Value);
        Assert.Equal(spanText, m.Value.Span.Of(text));
    }

    [Fact]
    public void Int_overload_reports_tokens_used_and_vagueness()
    {
        var a = TextAnalyzer.Analyse("قتل خمسة وعشرون عنصراً");
        Assert.True(Numbers.TryParse(a, 1, out int value, out int used, out bool vague));
        Assert.Equal((25, 2, false), (value, used, vague));
        Assert.False(Numbers.TryParse(a, 0, out _, out _, out _));
    }

    [Fact]
    public void Dates_and_clock_times_are_not_numbers()
    {
        Assert.Null(Read("في 11/4/2018 صباحاً", "11/4/2018"));
        Assert.Null(Read("عند الساعة 10:30", "10:30"));
    }
}
