using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Tests.Linking;

/// <summary>
/// Generic names link to whoever they name in the country the article is about
/// (kb/actors.by-country.tsv); sentences written for these tests, one per country.
/// </summary>
public class CountryContextLinkingTests
{
    private static readonly MentionMatcher Matcher = new(KnowledgeBase.Shipped);
    private static readonly EntityLinker Linker = new(KnowledgeBase.Shipped);

    private static string? IdOf(string text, string name)
    {
        var mentions = Linker.Link(text, Matcher.Find(TextAnalyzer.Analyse(text)));
        var m = mentions.FirstOrDefault(e => e.Text == name);
        Assert.True(m is not null, $"no mention '{name}' in: {string.Join(" | ", mentions.Select(e => e.Text + ":" + e.Type))}");
        return m!.Id;
    }

    [Theory]
    // The same words, a different war: the article's places decide.
    [InlineData("قصفت القوات الحكومية بلدة كفرنبل في ريف إدلب صباح اليوم.", "القوات الحكومية", "actor:syrian-government")]
    [InlineData("تقدمت القوات الحكومية نحو مدينة الرمادي في محافظة الأنبار بعد معارك مع داعش.", "القوات الحكومية", "actor:iraqi-government")]
    [InlineData("شن طيران التحالف غارات على مواقع التنظيم في مدينة الرقة.", "طيران التحالف", "actor:us-led-coalition")]
    [InlineData("شن طيران التحالف غارات على مواقع الحوثيين في مدينة الحديدة وصنعاء.", "طيران التحالف", "actor:saudi-led-coalition")]
    [InlineData("أعلنت قوات التحالف اعتراض صاروخ باليستي أطلق باتجاه مدينة جازان.", "قوات التحالف", "actor:saudi-led-coalition")]
    [InlineData("وصلت فرق الدفاع المدني إلى الحي المستهدف في مدينة دوما بريف دمشق.", "الدفاع المدني", "actor:white-helmets")]
    [InlineData("أخمدت فرق الدفاع المدني حريقا في مستودع بحي الروضة في جدة.", "الدفاع المدني", "actor:saudi-civil-defence")]
    public void A_generic_name_links_to_the_actor_of_the_articles_country(string text, string name, string expected)
    {
        // "فرق الدفاع المدني": the matcher reports the name its alias gives; look for either form.
        var mentions = Linker.Link(text, Matcher.Find(TextAnalyzer.Analyse(text)));
        var m = mentions.FirstOrDefault(e => e.Text == name) ?? mentions.FirstOrDefault(e => e.Text!.EndsWith(name, StringComparison.Ordinal));
        Assert.True(m is not null, $"no mention '{name}' in: {string.Join(" | ", mentions.Select(e => e.Text + ":" + e.Type))}");
        Assert.Equal(expected, m!.Id);
    }

    [Fact]
    public void Without_any_place_the_usual_entry_stands()
    {
        Assert.Equal("actor:syrian-government", IdOf("قالت القوات الحكومية إنها ستواصل عملياتها.", "القوات الحكومية"));
    }

    [Fact]
    public void The_table_names_only_actors_that_exist_and_a_bad_line_is_refused_with_its_place()
    {
        var kb = KnowledgeBase.Shipped;
        Assert.True(kb.ByCountry.Count >= 10);
        Assert.Equal("actor:yemeni-government", kb.ByCountry.For(AliasKey.Of("الجيش الوطني"), "YE")!.Id);
        Assert.Equal("actor:libyan-national-army", kb.ByCountry.For(AliasKey.Of("الجيش الوطني"), "LY")!.Id);
        Assert.Null(kb.ByCountry.For(AliasKey.Of("الجيش الوطني"), "SY"));

        string dir = Directory.CreateTempSubdirectory("marsad-bycountry-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "kb"));
            File.WriteAllText(Path.Combine(dir, KbFiles.ActorsByCountry),
                "# format: marsad.actors-by-country/1\nالقوات الحكومية\tEG\tactor:no-such-actor\n");
            var e = Assert.Throws<Marsad.Text.Resources.ResourceFormatException>(() => KnowledgeBase.Load(new Marsad.Text.Resources.ResourceSet([dir])));
            Assert.EndsWith("actors.by-country.tsv", e.File);
            Assert.Equal(2, e.Line);
            Assert.Contains("actor:no-such-actor", e.Message, StringComparison.Ordinal);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
