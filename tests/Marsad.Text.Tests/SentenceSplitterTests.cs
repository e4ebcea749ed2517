using Marsad.Text;

namespace Marsad.Text.Tests;

public class SentenceSplitterTests
{
    private static string[] S(string text) => SampleText.SentenceTexts(TextAnalyzer.Analyse(text));

    [Fact]
    public void Sample_article_splits_at_line_breaks_and_full_stops()
    {
        var sentences = S(SampleText.Article("000"));
        Assert.Equal("بحث", sentences[0]);
        Assert.Equal("بحث", sentences[1]);
        Assert.Equal("جنوب دمشق: الروس يطلبون “التنسيق العالي” مع الفصائل لمحاربة داعش.", sentences[2]);
        Assert.Contains("وأكد الروس أن لا خروج لفصائل المعارضة المُسلحة في البلدات الثلاث (يلدا، ببيلا، بيت سحم) حتى إنهاء ملف داعش في مخيم اليرموك والحجر الأسود وتجنيب مناطقهم من خطر التنظيم المتربص على حدود البلدات.", sentences);
    }

    [Fact]
    public void Sample_parenthesis_and_quotes_stay_inside_their_sentence()
    {
        var sentences = S(SampleText.Article("003"));
        Assert.Contains(sentences, s => s.StartsWith("ونقلت الوكالة عمن سمتها \"مصادر أمنية\" قولها، إن المهلة التي تم منحها للتنظيم لإعلان القبول بترحيل مقاتليه من المنطقة تنتهي اليوم (الجمعة) فيما لم يزل \"أمراؤه\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("هل انسحبوا؟ نعم انسحبوا.", "هل انسحبوا؟", "نعم انسحبوا.")]
    [InlineData("الهدنة صامدة؛ القصف توقف", "الهدنة صامدة؛", "القصف توقف")]
    [InlineData("قتل ثلاثة! وجرح آخرون", "قتل ثلاثة!", "وجرح آخرون")]
    [InlineData("انتظروا… ثم انسحبوا", "انتظروا…", "ثم انسحبوا")]
    [InlineData("انتظروا... ثم انسحبوا", "انتظروا...", "ثم انسحبوا")]
    [InlineData("ماذا حدث؟! لا أحد يعلم", "ماذا حدث؟!", "لا أحد يعلم")]
    public void Terminal_punctuation_and_its_runs_end_a_sentence(string text, string first, string second) =>
        Assert.Equal([first, second], S(text));

    [Fact]
    public void A_line_break_ends_a_sentence_even_without_punctuation() =>
        Assert.Equal(["الأكثر قراءة", "قصف على دوما"], S("الأكثر قراءة\nقصف على دوما"));

    [Fact]
    public void A_decimal_number_does_not_end_a_sentence() =>
        Assert.Equal(["بلغت نسبة التضخم 3.5 بالمئة في آذار."], S("بلغت نسبة التضخم 3.5 بالمئة في آذار."));

    [Theory]
    [InlineData("قال د. محمد علوش إن التنظيم انسحب.")]
    [InlineData("صرح م. أحمد الخطيب بذلك.")]
    [InlineData("حاضر أ. سمير في الجامعة.")]
    [InlineData("ورد ذلك في ص. 12 من التقرير.")]
    [InlineData("بني المعبد عام 300 ق.م في تدمر.")]
    [InlineData("نقلت أ.ف.ب عن مصدر عسكري الخبر.")]
    [InlineData("وقال J. Smith إن الهدنة صامدة.")]
    public void Abbreviation_dots_do_not_end_a_sentence(string text) => Assert.Equal([text], S(text));

    [Fact]
    public void An_abbreviation_after_a_number_may_end_the_sentence() =>
        Assert.Equal(["وصل الوفد يوم 5/10/1436هـ.", "ثم غادر"], S("وصل الوفد يوم 5/10/1436هـ. ثم غادر"));

    [Fact]
    public void A_full_stop_inside_a_quote_does_not_end_the_sentence() =>
        Assert.Equal(["قال المتحدث «لن نتراجع. سنواصل القتال» ثم غادر."], S("قال المتحدث «لن نتراجع. سنواصل القتال» ثم غادر."));

    [Fact]
    public void A_quoted_statement_ending_with_a_terminal_ends_after_its_closing_quote() =>
        Assert.Equal(["قال المتحدث: “انتهت المعركة.”", "وغادر الوفد."], S("قال المتحدث: “انتهت المعركة.” وغادر الوفد."));

    [Fact]
    public void A_full_stop_inside_parentheses_does_not_end_the_sentence() =>
        Assert.Equal(["أكدت الوكالة (نقلا عن مصادر. أمنية) الخبر.", "وغادر الوفد."], S("أكدت الوكالة (نقلا عن مصادر. أمنية) الخبر. وغادر الوفد."));

    [Fact]
    public void A_quote_left_open_at_a_line_break_is_closed_by_it() =>
        Assert.Equal(["قال “لن نتراجع", "وصل الوفد.", "ثم غادر."], S("قال “لن نتراجع\nوصل الوفد. ثم غادر."));

    [Fact]
    public void An_unbalanced_quote_does_not_hold_sentences_together() =>
        Assert.Equal(["وحسب تقرير «آسيا للاستثمار، فإن المؤشرات تراجعت.", "وارتفعت الأسهم."], S("وحسب تقرير «آسيا للاستثمار، فإن المؤشرات تراجعت. وارتفعت الأسهم."));

    [Fact]
    public void A_quote_closing_beyond_the_lookahead_is_treated_as_unbalanced()
    {
        var filler = string.Join(' ', Enumerable.Repeat("قصف", SentenceSplitter.QuoteLookahead));
        Assert.Equal(2, S($"قال «انتهت المعركة. {filler}» وغادر").Length);
        Assert.Single(S($"قال «انتهت المعركة. قصف» وغادر"));
    }

    [Fact]
    public void A_missing_space_after_a_full_stop_still_ends_the_sentence() =>
        Assert.Equal(["قصف على دوما.", "وقال المرصد"], S("قصف على دوما.وقال المرصد"));

    [Fact]
    public void Sentences_hold_every_token_once_in_order()
    {
        var a = TextAnalyzer.Analyse(SampleText.Article("001"));
        int next = 0;
        foreach (var s in a.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            next = s.EndToken;
        }
        Assert.Equal(a.Tokens.Length, next);
    }

    [Fact]
    public void Sentence_of_a_token_is_found()
    {
        var a = TextAnalyzer.Analyse("قصف على دوما. وقال المرصد");
        Assert.Equal(0, a.SentenceOf(2));
        Assert.Equal(1, a.SentenceOf(4));
        Assert.Equal(-1, a.SentenceOf(99));
    }
}
