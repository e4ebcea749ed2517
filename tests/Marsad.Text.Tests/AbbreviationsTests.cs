using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Text.Tests;

public sealed class AbbreviationsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-abbr-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResourceSet UserSet(params string[] lines)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "text"));
        File.WriteAllLines(Path.Combine(_dir, "text", "abbreviations.tsv"), lines);
        return new ResourceSet([_dir]);
    }

    [Fact]
    public void Shipped_list_matches_after_folding_alef_and_tatweel()
    {
        Assert.True(Abbreviations.Shipped.Contains("أ."));
        Assert.True(Abbreviations.Shipped.Contains("ا."));
        Assert.True(Abbreviations.Shipped.Contains("هـ."));
        Assert.True(Abbreviations.Shipped.Contains("ق.م."));
        Assert.True(Abbreviations.Shipped.Contains("dr."));
        Assert.False(Abbreviations.Shipped.Contains("دمشق."));
    }

    [Fact]
    public void A_user_file_adds_to_the_shipped_list()
    {
        var list = Abbreviations.Load(UserSet("# format: abbreviations/1", "عقيد.\tعقيد\tcolonel"));
        Assert.True(list.Contains("عقيد."));
        Assert.True(list.Contains("د."));
        const string text = "قال عقيد. أحمد إن القصف توقف.";
        Assert.Single(TextAnalyzer.Analyse(text, list).Sentences);
        Assert.Equal(2, TextAnalyzer.Analyse(text).Sentences.Length);
    }

    [Fact]
    public void An_entry_without_its_dot_is_refused_with_file_and_line()
    {
        var e = Assert.Throws<ResourceFormatException>(() => Abbreviations.Load(UserSet("# format: abbreviations/1", "# a comment", "عقيد\tعقيد")));
        Assert.Equal(3, e.Line);
        Assert.Contains("abbreviations.tsv:3", e.Message);
    }

    [Fact]
    public void A_file_of_another_format_version_is_refused() =>
        Assert.Throws<ResourceFormatException>(() => Abbreviations.Load(UserSet("# format: abbreviations/2", "عقيد.\tعقيد")));
}
