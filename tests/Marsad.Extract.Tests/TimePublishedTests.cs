using Marsad.Extract.Pipeline;
using Marsad.Extract.Times;
using Marsad.Ingest;
using Marsad.Text;
using Marsad.Text.Resources;
using static Marsad.Extract.Tests.TimeTestSupport;

namespace Marsad.Extract.Tests;

/// <summary>Publication dates inferred from the text when the source gives none.</summary>
public sealed class TimePublishedTests
{
    [Fact]
    public void Yesterday_next_to_a_weekday_date_fixes_publication()
    {
        var r = Run("وجدد الروس طلبهم، خلال اجتماعهم الأخير مع الفصائل أمس، الأربعاء 11 نيسان، بالسماح لهم");
        Assert.Equal(new DateOnly(2018, 4, 12), r.Published);
        Assert.True(r.PublishedInferred);
        Assert.Equal(new[] { "2018-04-11", "2018-04-11" }, r.Times.Select(t => t.Value));
    }

    [Fact]
    public void Today_next_to_a_date_is_publication_day()
    {
        var r = Run("تنتهي اليوم الجمعة 13 نيسان 2018 المهلة الممنوحة للتنظيم");
        Assert.Equal(new DateOnly(2018, 4, 13), r.Published);
        Assert.True(r.PublishedInferred);
    }

    [Fact]
    public void Dateline_at_the_top_is_publication_day()
    {
        var r = Run("دمشق - 12 نيسان 2018\nقالت مصادر محلية إن القصف تجدد أمس على المخيم");
        Assert.Equal(new DateOnly(2018, 4, 12), r.Published);
        Assert.Equal("2018-04-11", r.Times.Single(t => t.Text == "أمس").Value);
    }

    [Fact]
    public void Date_after_a_publication_cue_is_publication_day() =>
        Assert.Equal(new DateOnly(2019, 7, 3), Run("قالت مصادر إن الاشتباكات تجددت في المدينة وقتل ثلاثة مدنيين.\nنشر في 3 تموز 2019").Published);

    [Fact]
    public void Date_in_the_url_is_publication_day() =>
        Assert.Equal(new DateOnly(2018, 4, 12), Run("تجدد القصف أمس على المخيم", url: "https://example.com/news/2018/04/12/story-1").Published);

    [Fact]
    public void Yesterday_with_a_weekday_alone_fixes_nothing()
    {
        var r = Run("وتجددت المواجهات بين القوات الحكومية والتنظيم أمس الجمعة، وسط اتهامات متبادلة");
        Assert.Null(r.Published);
        Assert.False(r.PublishedInferred);
        Assert.All(r.Times, t => Assert.Null(t.Value));
    }

    [Fact]
    public void A_date_in_the_body_is_not_a_dateline() =>
        Assert.Null(Run("قالت مصادر محلية إن الوفد الذي يترأسه رئيس لجنة المصالحة دخل في 13 نيسان 2018 إلى مناطق سيطرة التنظيم").Published);

    [Fact]
    public void Conflicting_signals_fix_nothing() =>
        Assert.Null(Run("التقى الوفد أمس، الأربعاء 11 نيسان، بالفصائل. وقال مصدر آخر إن اللقاء جرى أمس، الثلاثاء 27 آذار").Published);

    [Fact]
    public void Given_publication_date_is_kept()
    {
        var extractor = new TimeExtractor(ResourceSet.Shipped, referenceDate: Today);
        var text = "التقى الوفد أمس، الأربعاء 11 نيسان، بالفصائل";
        var article = new Article("a", text, "test") { Published = new DateOnly(2018, 4, 20) };
        var doc = new DocumentContext(article, ArticleLayout.WholeText(text), TextAnalyzer.Analyse(text)) { Published = article.Published };
        extractor.Extract(doc);
        Assert.Equal(new DateOnly(2018, 4, 20), doc.Published);
        Assert.False(doc.PublishedInferred);
        Assert.Equal("2018-04-19", doc.Times[0].Value);
    }

    [Fact]
    public void Inferred_publication_date_is_set_on_the_document()
    {
        var text = "توجه وفد روسي يوم أمس، الثلاثاء 27 آذار، إلى المناطق الخاضعة لسيطرة هيئة تحرير الشام";
        var article = new Article("b", text, "test");
        var doc = new DocumentContext(article, ArticleLayout.WholeText(text), TextAnalyzer.Analyse(text));
        Extractor.Extract(doc);
        Assert.Equal(new DateOnly(2018, 3, 28), doc.Published);
        Assert.True(doc.PublishedInferred);
    }

    [Fact]
    public void Today_with_weekday_in_parentheses_before_a_date_fixes_publication()
    {
        var r = Run("تنتهي اليوم (الجمعة) 13 نيسان المهلة الممنوحة للتنظيم");
        Assert.Equal(new DateOnly(2018, 4, 13), r.Published);
        Assert.Equal(new (string, string?)[] { ("اليوم", "2018-04-13"), ("الجمعة", "2018-04-13"), ("13 نيسان", "2018-04-13") },
            r.Times.Select(t => (t.Text!, t.Value)).ToArray());
    }
}
