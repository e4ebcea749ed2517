using Marsad.Text;

namespace Marsad.Text.Tests;

public class CliticsTests
{
    private static (string Stem, CliticSplit Split)[] Stems(string word) => Clitics.Stems(word).ToArray();

    [Fact]
    public void No_split_comes_first()
    {
        var stems = Stems("بدمشق");
        Assert.Equal(("بدمشق", new CliticSplit(0, 0, false)), stems[0]);
    }

    [Fact]
    public void Preposition_ba_is_split_from_a_place_name() =>
        Assert.Contains(("دمشق", new CliticSplit(1, 0, false)), Stems("بدمشق"));

    [Fact]
    public void Conjunction_waw_before_the_article_leaves_the_article_in_the_stem()
    {
        var stems = Stems("والروس");
        Assert.Contains(("الروس", new CliticSplit(1, 0, false)), stems);
        Assert.Contains(("روس", new CliticSplit(3, 0, false)), stems);
    }

    [Fact]
    public void Lam_lam_restores_the_article_and_keeps_the_second_lam_in_the_span()
    {
        const string word = "وللروس";
        var stems = Stems(word);
        var (stem, split) = Assert.Single(stems, s => s.Split.RestoresArticle);
        Assert.Equal("الروس", stem);
        Assert.Equal(2, split.PrefixLength);
        Assert.Equal("لروس", word[split.PrefixLength..^split.SuffixLength]);
    }

    [Fact]
    public void Lam_lam_on_army_gives_the_span_from_the_second_lam()
    {
        var split = Assert.Single(Stems("للجيش"), s => s.Split.RestoresArticle).Split;
        Assert.Equal(new TextSpan(11, 15), split.StemSpan(new TextSpan(10, 15)));
    }

    [Fact]
    public void Lam_lam_also_offers_lam_before_a_name_starting_with_lam() =>
        Assert.Contains(("ليبيا", new CliticSplit(1, 0, false)), Stems("لليبيا"));

    [Fact]
    public void Preposition_with_article_stack_is_split() =>
        Assert.Contains(("غوطه", new CliticSplit(4, 0, false)), Stems("وبالغوطة"));

    [Fact]
    public void Lam_with_tatweel_is_split_with_its_tatweel()
    {
        Assert.Contains(("داعش", new CliticSplit(2, 0, false)), Stems("لـداعش"));
        Assert.True(Clitics.IsDetachedProclitic("لـ"));
        Assert.True(Clitics.IsDetachedProclitic("بـ"));
        Assert.False(Clitics.IsDetachedProclitic("لا"));
    }

    [Fact]
    public void Enclitic_pronoun_is_split_from_a_plural() =>
        Assert.Contains(("مقاتلي", new CliticSplit(0, 1, false)), Stems("مقاتليه"));

    [Fact]
    public void Enclitic_after_teh_offers_the_teh_marbuta_reading()
    {
        var stems = Stems("حكومتها");
        Assert.Contains(("حكومت", new CliticSplit(0, 2, false)), stems);
        Assert.Contains(("حكومه", new CliticSplit(0, 2, false, RestoresTehMarbuta: true)), stems);
        Assert.Equal("حكومة", Clitics.StemOf("حكومتها", new CliticSplit(0, 2, false, true), NormalizerOptions.None));
    }

    [Fact]
    public void Future_seen_is_split_only_before_an_imperfect_prefix()
    {
        Assert.Contains(("يضع", new CliticSplit(1, 0, false)), Stems("سيضع"));
        Assert.DoesNotContain(Stems("سوريا"), s => s.Split.PrefixLength == 1);
    }

    [Fact]
    public void Stems_keep_at_least_two_letters()
    {
        Assert.Equal([("الم", new CliticSplit(0, 0, false))], Stems("الم"));
        Assert.DoesNotContain(Stems("بها"), s => s.Split.SuffixLength > 0);
    }

    [Fact]
    public void The_article_takes_no_pronoun() =>
        Assert.DoesNotContain(Stems("الجيشه"), s => s.Split.PrefixLength == 2 && s.Split.SuffixLength > 0);

    [Fact]
    public void Candidates_are_ordered_by_letters_split_off()
    {
        Span<CliticSplit> buffer = stackalloc CliticSplit[Clitics.MaxCandidates];
        int n = Clitics.Candidates("وبالغوطة", buffer);
        for (int i = 1; i < n; i++)
            Assert.True(buffer[i - 1].PrefixLength + buffer[i - 1].SuffixLength <= buffer[i].PrefixLength + buffer[i].SuffixLength);
    }

    [Fact]
    public void Non_arabic_words_are_offered_unsplit()
    {
        Span<CliticSplit> buffer = stackalloc CliticSplit[4];
        Assert.Equal(1, Clitics.Candidates("SANA", buffer));
        Assert.True(buffer[0].IsUnsplit);
        Assert.Equal(0, Clitics.Candidates("بدمشق", Span<CliticSplit>.Empty));
    }

    [Fact]
    public void Surface_marks_count_in_the_lengths() =>
        Assert.Contains(("دمشق", new CliticSplit(2, 0, false)), Stems("بِدمشق"));

    [Fact]
    public void Analysed_text_offers_candidates_per_token()
    {
        var a = TextAnalyzer.Analyse("قصف بدمشق");
        Span<CliticSplit> buffer = stackalloc CliticSplit[Clitics.MaxCandidates];
        int n = a.CliticCandidates(1, buffer);
        Assert.Contains(new CliticSplit(1, 0, false), buffer[..n].ToArray());
    }
}

public class LightStemmerTests
{
    [Theory]
    [InlineData("الروس", "روس")]
    [InlineData("والروس", "روس")]
    [InlineData("للجيش", "جيش")]
    [InlineData("بالغوطة", "غوط")]
    [InlineData("وقال", "قال")]
    [InlineData("المسلحات", "مسلح")]
    [InlineData("مقاتليها", "مقاتل")]
    [InlineData("ورد", "ورد")]
    public void Light10_strips_one_prefix_and_suffixes(string word, string stem) => Assert.Equal(stem, LightStemmer.Stem(word));
}
