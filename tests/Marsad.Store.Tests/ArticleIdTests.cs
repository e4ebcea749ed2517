namespace Marsad.Store.Tests;

public class ArticleIdTests
{
    [Fact]
    public void Diacritics_alef_forms_and_line_breaks_do_not_change_the_id() =>
        Assert.Equal(ArticleId.FromText("أعلنت وزارة الدفاع\nالروسية"), ArticleId.FromText("اعلنتْ وزارةُ الدفاع  الروسية\r\n"));

    [Fact]
    public void Different_words_give_different_ids() =>
        Assert.NotEqual(ArticleId.FromText("قصف على دوما"), ArticleId.FromText("قصف على حرستا"));

    [Fact]
    public void Id_names_its_scheme_and_has_32_hex_digits()
    {
        var id = ArticleId.FromText("دمشق");
        Assert.StartsWith("h1:", id, StringComparison.Ordinal);
        Assert.Equal(35, id.Length);
    }
}
