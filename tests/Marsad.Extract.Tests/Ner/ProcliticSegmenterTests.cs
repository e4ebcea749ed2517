using Marsad.Extract.Entities;
using static Marsad.Extract.Tests.Ner.NerTestKit;

namespace Marsad.Extract.Tests.Ner;

public class ProcliticSegmenterTests
{
    private static readonly KnownWords Corpus = Words(("دمشق", 26), ("قال", 900), ("وزير", 300), ("زير", 1), ("بريطانيا", 50), ("للامم", 40), ("الروس", 3));

    [Fact]
    public void Conjunction_is_split_before_a_more_frequent_host() =>
        Assert.Equal(["و", "قال"], Forms(View("وقال", Corpus)));

    [Fact]
    public void Word_that_merely_starts_with_waw_stays_whole() =>
        Assert.Equal(["وزير"], Forms(View("وزير", Corpus)));

    [Fact]
    public void Preposition_is_split_from_a_known_place() =>
        Assert.Equal(["ب", "دمشق"], Forms(View("بدمشق", Corpus)));

    [Fact]
    public void Name_beginning_with_a_preposition_letter_stays_whole() =>
        Assert.Equal(["بريطانيا"], Forms(View("بريطانيا", Corpus)));

    [Fact]
    public void Unknown_word_with_article_after_a_clitic_is_split() =>
        Assert.Equal(["و", "ب", "الغوطه"], Forms(View("وبالغوطة", Corpus)));

    [Fact]
    public void Lam_lam_reads_the_host_with_its_article() =>
        Assert.Equal(["ل", "الروس"], Forms(View("للروس", Corpus)));

    [Fact]
    public void Known_lam_lam_form_stays_whole_as_in_the_corpus() =>
        Assert.Equal(["للامم"], Forms(View("للأمم", Corpus)));

    [Fact]
    public void Hamza_and_marks_are_folded_in_the_view() =>
        Assert.Equal(["و", "اكد"], Forms(View("وأكَّد", Words(("اكد", 60)))));

    [Theory]
    [InlineData("للجيش", 1)]
    [InlineData("والروس", 1)]
    [InlineData("وبالغوطه", 2)]
    [InlineData("وللجيش", 2)]
    [InlineData("بريطانيا", 0)]
    [InlineData("الروس", 0)]
    [InlineData("لله", 0)]
    public void Outside_span_length_counts_only_clitics_before_the_article(string word, int expected) =>
        Assert.Equal(expected, ProcliticSegmenter.OutsideSpanLength(word));
}
