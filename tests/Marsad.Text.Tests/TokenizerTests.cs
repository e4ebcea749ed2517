using Marsad.Text;

namespace Marsad.Text.Tests;

public class TokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tok(string text) =>
        Tokenizer.Tokenize(text).Select(t => (text[t.Start..t.End], t.Kind)).ToArray();

    private static string[] Texts(string text) => Tok(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Sample_sentence_splits_into_words_punctuation_and_detached_clitic()
    {
        var a = TextAnalyzer.Analyse(SampleText.Article("000"));
        int at = a.Text.IndexOf("وينوي الروس", StringComparison.Ordinal);
        var tokens = Tok(a.Text.Substring(at, "وينوي الروس، بحسب مصادر مطلعة لـ “صوت العاصمة” إدخال".Length));
        Assert.Equal(
            ["وينوي", "الروس", "،", "بحسب", "مصادر", "مطلعة", "لـ", "“", "صوت", "العاصمة", "”", "إدخال"],
            tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Word, tokens[6].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[7].Kind);
    }

    [Fact]
    public void Words_keep_their_marks_and_tatweel() =>
        Assert.Equal(["تنسيق", "عالِ", "المستوى", "الـمـعـارضـة", "المُسلحة"], Texts("تنسيق عالِ المستوى الـمـعـارضـة المُسلحة"));

    [Fact]
    public void Numbers_in_any_script_are_single_tokens()
    {
        Assert.Equal([("الأربعاء", TokenKind.Word), ("11", TokenKind.Number), ("نيسان", TokenKind.Word)], Tok("الأربعاء 11 نيسان"));
        Assert.Equal([("١١", TokenKind.Number), ("نيسان", TokenKind.Word)], Tok("١١ نيسان"));
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("1,220")]
    [InlineData("٣٫٥")]
    [InlineData("٣،٥")]
    [InlineData("11/4/2018")]
    [InlineData("10:30")]
    public void Separators_between_digits_stay_inside_the_number(string number) =>
        Assert.Equal([(number, TokenKind.Number)], Tok(number));

    [Fact]
    public void A_dot_after_a_number_ends_it() =>
        Assert.Equal([("قتيلا", TokenKind.Word), ("25", TokenKind.Number), (".", TokenKind.Punctuation)], Tok("قتيلا 25."));

    [Fact]
    public void A_number_glued_to_a_word_is_its_own_token() =>
        Assert.Equal(["1436", "هـ"], Texts("1436هـ"));

    [Fact]
    public void Latin_runs_keep_their_digits() =>
        Assert.Equal([("SANA", TokenKind.Latin), ("F16", TokenKind.Latin), ("وكالة", TokenKind.Word)], Tok("SANA F16 وكالة"));

    [Theory]
    [InlineData("انظر https://example.org/a?b=1.", "https://example.org/a?b=1")]
    [InlineData("(www.sana.sy)", "www.sana.sy")]
    [InlineData("https://ar.wikipedia.org/wiki/دمشق_(مدينة) ", "https://ar.wikipedia.org/wiki/دمشق_(مدينة)")]
    public void Urls_are_single_tokens_without_trailing_punctuation(string text, string url) =>
        Assert.Contains((url, TokenKind.Url), Tok(text));

    [Fact]
    public void Each_punctuation_mark_is_its_own_token() =>
        Assert.Equal(["بيت", "سحم", ")", "حتى", "؟", "!", ".", ".", "."], Texts("بيت سحم) حتى؟!..."));

    [Fact]
    public void Invisible_marks_between_words_are_skipped_and_inside_words_kept()
    {
        Assert.Equal(["دمشق", "حلب"], Texts("\u200Fدمشق\u200F \u061Cحلب\u200E"));
        Assert.Equal(["صوت\u200Cالعاصمة"], Texts("صوت\u200Cالعاصمة"));
    }

    [Fact]
    public void A_surrogate_pair_stays_whole_and_a_lone_surrogate_is_a_symbol()
    {
        Assert.Equal([("😀", TokenKind.Symbol)], Tok("😀"));
        Assert.Equal([("\uD800", TokenKind.Symbol), ("دمشق", TokenKind.Word)], Tok("\uD800دمشق"));
    }

    [Fact]
    public void Stray_marks_and_tatweel_rules_are_symbols() =>
        Assert.Equal([("ـــــ", TokenKind.Symbol)], Tok("ـــــ"));
}
