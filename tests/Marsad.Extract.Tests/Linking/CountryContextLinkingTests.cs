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

    /// <summary>A bare ministry is no alias (every state has one): the tagger finds it, the article's country names it.</summary>
    [Theory]
    [InlineData("أعلنت وزارة الداخلية القبض على خلية إرهابية في الرياض والدمام.", "actor:saudi-moi")]
    [InlineData("قالت وزارة الداخلية إن انفجارا وقع في سوق شعبي ببغداد وأوقع قتلى.", "actor:iraqi-moi")]
    [InlineData("أعلنت وزارة الداخلية في تونس توقيف مشتبه بهم.", null)]
    public void A_bare_ministry_found_by_the_tagger_is_the_ministry_of_the_articles_country(string text, string? expected)
    {
        var record = HeldOutPipeline.Instance.Process(new Marsad.Ingest.Article("ministry", text, "test"));
        var ministry = record.Entities.FirstOrDefault(e => e.Text == "وزارة الداخلية");
        Assert.True(ministry is not null, "the tagger found no 'وزارة الداخلية': " + string.Join(" | ", record.Entities.Select(e => e.Text + ":" + e.Type)));
        Assert.Equal("ORG", ministry!.Type);
        Assert.Equal(expected, ministry.Id);
    }

    /// <summary>The place that sets the focus must itself be right: "أريحا" is the Idlib town and Jericho.</summary>
    [Theory]
    [InlineData("قصفت الطائرات مدينة أريحا بريف إدلب الجنوبي.", "place:ariha")]
    [InlineData("اقتحمت القوات الإسرائيلية مدينة أريحا في الضفة الغربية.", "geonames:284899")]
    public void Ariha_is_the_idlib_town_unless_the_article_is_about_the_west_bank(string text, string expected)
    {
        Assert.Equal(expected, IdOf(text, "أريحا"));
    }

    [Fact]
    public void The_usual_entry_of_another_country_is_not_kept()
    {
        // A Tunisian report: the Syrian government is not its "القوات الحكومية", and the table has no Tunisian line.
        Assert.Null(IdOf("اشتبكت القوات الحكومية مع مسلحين قرب الحدود في تونس.", "القوات الحكومية"));
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
