namespace Marsad.Corpus.Tests;

public class ArabicProcliticsTests
{
    private static string Peel(string word, bool preposition = true)
    {
        var buffer = new char[word.Length + 1];
        int n = ArabicProclitics.Peel(word, buffer, preposition);
        return new string(buffer, 0, n);
    }

    [Fact] public void Preposition_ba_is_peeled() => Assert.Equal("دمشق", Peel("بدمشق"));
    [Fact] public void Conjunction_and_preposition_are_peeled_together() => Assert.Equal("دمشق", Peel("وبدمشق"));
    [Fact] public void Conjunction_alone_keeps_a_name_initial_ba() => Assert.Equal("بغداد", Peel("وبغداد", preposition: false));
    [Fact] public void Lam_before_the_article_gets_its_alef_back() => Assert.Equal("الجيش", Peel("للجيش"));
    [Fact] public void Conjunction_before_the_article_leaves_the_article_to_the_stemmer() => Assert.Equal("الروس", Peel("والروس"));
    [Fact] public void Short_word_is_left_alone() => Assert.Equal("", Peel("بيت"));
    [Fact] public void Word_without_particles_gives_no_variant() => Assert.Equal("", Peel("دمشق"));
}
