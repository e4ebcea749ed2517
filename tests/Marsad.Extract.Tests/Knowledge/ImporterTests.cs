using Marsad.Extract.Knowledge;
using Marsad.Extract.Knowledge.Import;

namespace Marsad.Extract.Tests.Knowledge;

public sealed class ImporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Petrarch_phrase_takes_the_code_whose_range_starts_last()
    {
        var dict = Write("actors.txt", "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n\t[IRQELI 20140908-20161010]\nجيش_سوري_  [SYRMIL]\n");
        var parsed = PetrarchImporter.ParseActorDictionary(dict);
        Assert.Equal([("نوري المالكي", "IRQELI"), ("جيش سوري", "SYRMIL")], parsed);
    }

    [Fact]
    public void Petrarch_code_line_without_a_code_is_ignored()
    {
        var dict = Write("actors.txt", "حماس\n\t[ 19950518-19970602]\n\t[PSEREB 20140908-20161010]\n");
        Assert.Equal([("حماس", "PSEREB")], PetrarchImporter.ParseActorDictionary(dict));
    }

    [Fact]
    public void Petrarch_lemma_gets_its_newspaper_surface_form()
    {
        Assert.Equal(["وزارة دفاع أميركي", "وزارة الدفاع الأميركية"], PetrarchImporter.SurfaceForms("وزارة دفاع أميركي"));
    }

    [Fact]
    public void Petrarch_code_becomes_an_actor_named_from_country_and_roles()
    {
        var importer = new PetrarchImporter([new CountryInfo("SY", "SYR", "Syria", 0)],
            new Dictionary<string, (string, string)> { ["GOV"] = ("government", "government"), ["MIL"] = ("military", "armed-forces"), ["CVL"] = ("civilians", "-") });
        Assert.Equal(("actor:cameo-syrmil", "Syria (military)", "armed-forces", "SY"), importer.Describe("SYRMIL"));
        Assert.Equal(("actor:syria", "Syria", "state", "SY"), importer.Describe("SYR"));
        Assert.Null(importer.Describe("SYRCVL"));
        Assert.Null(importer.Describe("MIL"));
    }

    [Fact]
    public void GeoNames_import_keeps_arabic_names_without_heads_and_drops_persian_forms()
    {
        // A made-up place in GeoNames' 19-column format: a head form (محافظة …) and a Kurdish spelling among its names.
        var row = string.Join('\t', "9900001", "Wādī az Zaytūn", "Wadi al-Zaytun", "Wadi az Zaytun,وادي الزيتون,محافظة وادي الزيتون,ڤادی زەیتوون", "34.51234", "36.07718",
            "P", "PPLA", "SY", "", "99", "", "", "", "48211", "", "20", "Asia/Damascus", "2025-01-04");
        var noArabic = string.Join('\t', "1", "Nowhere", "Nowhere", "Nowhere", "34", "35", "P", "PPL", "SY", "", "99", "", "", "", "0", "", "20", "Asia/Damascus", "2025-01-04");
        var cities = Write("cities.txt", row + "\n" + noArabic + "\n");
        var admin1 = Write("admin1.txt", "SY.99\tWādī az Zaytūn\tWadi al-Zaytun\t9900000\n");
        var output = Path.Combine(_dir, "places.tsv");
        var summary = new GeoNamesImporter(new ArabicNames(KnowledgeBase.Shipped.Words)).Import([cities, admin1], output);
        Assert.Equal(new GeoNamesImporter.Summary(2, 1), summary);
        var data = File.ReadAllLines(output).Where(l => !l.StartsWith('#')).Single().Split('\t');
        Assert.Equal(["geonames:9900001", "Wadi al-Zaytun", "وادي الزيتون", "P.PPLA", "SY", "Wadi al-Zaytun"], data[..6]);
    }

    [Fact]
    public void Arabic_name_filter_rejects_vocalised_and_persian_spellings()
    {
        Assert.True(ArabicNames.IsArabic("دير الزور"));
        Assert.False(ArabicNames.IsArabic("بَنِ"));
        Assert.False(ArabicNames.IsArabic("سنندج‌ی"));
        Assert.False(ArabicNames.IsArabic("حي"));
    }

    [Fact]
    public void Slug_strips_diacritics_and_apostrophes()
    {
        Assert.Equal("hayat-tahrir-al-sham", Slug.From("Hay'at Tahrir al-Sham"));
        Assert.Equal("hamah", Slug.From("Ḩamāh"));
    }
}
