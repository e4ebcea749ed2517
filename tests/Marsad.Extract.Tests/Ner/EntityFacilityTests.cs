using Marsad.Extract.Entities;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Ner;

/// <summary>Named facilities: an indefinite facility head and the name after it form one LOC mention.</summary>
public class EntityFacilityTests
{
    private static readonly FacilityNames Facilities = FacilityNames.Load(ResourceSet.Shipped);

    private static string[] Find(string text, params string[] names)
    {
        var analysed = TextAnalyzer.Analyse(text);
        var spans = names.Select(n => { int i = text.IndexOf(n, StringComparison.Ordinal); return new TextSpan(i, i + n.Length); }).ToList();
        return Facilities.Find(analysed, spans).Select(s => s.Of(text)).ToArray();
    }

    [Fact]
    public void Head_and_definite_word_are_one_place() =>
        Assert.Equal(["مشفى المهايني"], Find("توفي أثناء العلاج في مشفى المهايني وسط دمشق"));

    [Fact]
    public void Proclitic_before_the_head_lies_outside() =>
        Assert.Equal(["جامع الماجد"], Find("محيط حي الزاهرة وجامع الماجد وحي التضامن"));

    [Fact]
    public void Head_followed_by_a_found_name_takes_the_whole_name() =>
        // "فلسطين" alone would be the country; after "مشفى" it names the hospital
        Assert.Equal(["مشفى فلسطين"], Find("أسفر القصف عن تدمير مشفى فلسطين في المخيم", "فلسطين"));

    [Fact]
    public void Head_with_the_article_is_a_description() =>
        Assert.Empty(Find("نقل الجرحى إلى المشفى الميداني في البلدة"));

    [Fact]
    public void Head_without_a_definite_word_is_a_description() =>
        Assert.Empty(Find("أقيم مشفى ميداني في البلدة"));

    [Fact]
    public void Facility_name_does_not_run_across_a_line_break() =>
        Assert.Empty(Find("شارع\nالثورة"));

    [Fact]
    public void Head_written_with_the_article_is_refused_in_the_resource_file()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-fac-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "entities"));
            File.WriteAllText(Path.Combine(dir, "entities", "facility-heads.tsv"), "# format: FACILITY-HEADS/1\nالمشفى\thospital\n");
            var e = Assert.Throws<ResourceFormatException>(() => FacilityNames.Load(new ResourceSet([dir])));
            Assert.Equal(2, e.Line);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
