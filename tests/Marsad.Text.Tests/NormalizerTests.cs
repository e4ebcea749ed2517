using Marsad.Text;

namespace Marsad.Text.Tests;

/// <summary>One test per normalisation rule, with real Arabic words.</summary>
public class NormalizerTests
{
    private static string N(string s, NormalizerOptions o = NormalizerOptions.Matching) => NormalizedText.Normalize(s, o);

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إدلب", "ادلب")]
    [InlineData("آذار", "اذار")]
    [InlineData("ٱلله", "الله")]
    public void Alef_variants_fold_to_bare_alef(string word, string expected) => Assert.Equal(expected, N(word));

    [Fact]
    public void Alef_maqsura_folds_to_yeh_only_when_asked()
    {
        Assert.Equal("مصطفي", N("مصطفى"));
        Assert.Equal("مصطفى", N("مصطفى", NormalizerOptions.FoldTehMarbuta));
    }

    [Fact]
    public void Teh_marbuta_folds_to_heh_only_when_asked()
    {
        Assert.Equal("حماه", N("حماة"));
        Assert.Equal("حماة", N("حماة", NormalizerOptions.FoldAlefMaqsura));
        Assert.Equal("حماة", N("حماة", NormalizerOptions.None));
    }

    [Fact]
    public void Tatweel_is_dropped() => Assert.Equal("المعارضه", N("الـمـعـارضـة"));

    [Theory]
    [InlineData("عالِ", "عال")]            // kasra
    [InlineData("الكفّار", "الكفار")]       // shadda
    [InlineData("تزامناً", "تزامنا")]       // tanween fath
    [InlineData("مُسْلِم", "مسلم")]          // damma, sukun, kasra
    [InlineData("هٰذا", "هذا")]             // superscript alef
    public void Diacritics_are_dropped(string word, string expected) => Assert.Equal(expected, N(word));

    [Theory]
    [InlineData("١١ نيسان", "11 نيسان")]
    [InlineData("۲۰۱۸", "2018")]          // Persian digits
    [InlineData("٣٫٥", "3.5")]            // Arabic decimal separator
    public void Eastern_digits_become_ascii(string text, string expected) => Assert.Equal(expected, N(text));

    [Theory]
    [InlineData("\uFEE3\uFEA8\uFEF4\uFEE2", "مخيم")]    // ﻣﺨﻴﻢ, contextual glyphs of مخيم
    [InlineData("\uFE8D\uFEDF\uFEAE\uFEED\uFEB1", "الروس")]
    [InlineData("\uFBFC", "ي")]                          // Farsi yeh, isolated form
    public void Presentation_forms_become_base_letters(string text, string expected) => Assert.Equal(expected, N(text));

    [Fact]
    public void Ligature_keeps_its_first_letter_so_offsets_stay_one_to_one() => Assert.Equal("ل", N("\uFEFB")); // ﻻ

    [Fact]
    public void Presentation_form_marks_are_dropped() => Assert.Equal("دمشق", N("دمشق\uFE70\uFC60"));

    [Theory]
    [InlineData("دمشق\u200F", "دمشق")]
    [InlineData("صوت\u200Cالعاصمة", "صوتالعاصمه")]
    [InlineData("\u061Cحلب\u202B", "حلب")]
    [InlineData("\uFEFFالرقة", "الرقه")]
    public void Bidi_and_zero_width_marks_are_dropped(string text, string expected) => Assert.Equal(expected, N(text));

    [Fact]
    public void Typographic_quotes_and_dashes_fold_to_ascii()
    {
        Assert.Equal("\"التنسيق العالي\"", N("“التنسيق العالي”"));
        Assert.Equal("\"الرده\"", N("«الردة»"));
        Assert.Equal("دمشق - حلب", N("دمشق – حلب"));
        Assert.Equal("دمشق - حلب", N("دمشق — حلب"));
    }

    [Fact]
    public void Farsi_yeh_and_keheh_fold_to_arabic_letters() => Assert.Equal("كردي", N("\u06A9رد\u06CC"));

    [Fact]
    public void Every_character_folds_idempotently()
    {
        foreach (var options in new[] { NormalizerOptions.None, NormalizerOptions.FoldTehMarbuta, NormalizerOptions.FoldAlefMaqsura, NormalizerOptions.Matching })
        {
            for (int i = 0; i < 65536; i++)
            {
                char f = ArabicNormalizer.Fold((char)i, options);
                if (f != '\0')
                    Assert.True(ArabicNormalizer.Fold(f, options) == f, $"U+{i:X4} folds to U+{(int)f:X4}, which folds again ({options})");
            }
        }
    }

    [Fact]
    public void Shadow_maps_back_to_original_offsets()
    {
        const string text = "قصفٌ على دُومـا";
        var shadow = NormalizedText.Create(text);
        Assert.Equal("قصف علي دوما", shadow.Shadow);
        int at = shadow.Shadow.IndexOf("دوما", StringComparison.Ordinal);
        var span = shadow.ToOriginal(new TextSpan(at, at + 4));
        Assert.Equal("دُومـا", span.Of(text));
        Assert.Equal(at, shadow.ToShadow(span.Start));
    }

    [Fact]
    public void Span_normalize_writes_into_the_callers_buffer()
    {
        Span<char> buffer = stackalloc char[16];
        int n = ArabicNormalizer.Normalize("إدلبُ", buffer);
        Assert.Equal("ادلب", new string(buffer[..n]));
        Assert.Throws<ArgumentException>(() => ArabicNormalizer.Normalize("إدلب", new char[2]));
    }

    [Fact]
    public void Shadow_index_past_the_end_is_refused()
    {
        var shadow = NormalizedText.Create("دُوما");
        Assert.Equal(5, shadow.ToOriginal(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => shadow.ToOriginal(5));
    }
}
