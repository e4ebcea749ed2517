using Marsad.Extract.Records;

namespace Marsad.Corpus.Tests;

public class StoryClustererTests
{
    private static readonly StoryOptions Options = new() { MaxTermShare = 0.5 };

    private const string ArrestA = "أعلنت وزارة الداخلية القبض على خلية إرهابية في القطيف تضم ستة أشخاص يخططون لاستهداف مساجد ومنشآت أمنية في المنطقة الشرقية، وقال المتحدث الأمني منصور التركي إن التحقيقات جارية.";
    private const string ArrestB = "قال المتحدث الأمني لوزارة الداخلية منصور التركي إن قوات الأمن ضبطت ستة أشخاص من خلية إرهابية كانت تستهدف مساجد في القطيف بالمنطقة الشرقية، وإن الموقوفين يخضعون للتحقيق.";
    private const string Football = "فاز نادي الهلال على النصر بهدفين مقابل هدف في مباراة الديربي على ملعب الملك فهد الدولي بالرياض ضمن الجولة الثالثة من دوري عبداللطيف جميل للمحترفين.";
    private const string Weather = "توقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية على مرتفعات جازان وعسير والباحة مع رياح نشطة مثيرة للأتربة على أجزاء من منطقة مكة المكرمة.";
    private const string Oil = "ارتفعت أسعار النفط في التعاملات الآسيوية اليوم مع تراجع المخزونات الأمريكية وبلغ سعر خام برنت ستين دولارا للبرميل بعد خسائر الأسبوع الماضي في الأسواق.";

    private static StoryDocument[] Documents(params (string Id, string Text, string Date, string Outlet)[] items)
    {
        var stats = new TermStatistics();
        foreach (var i in items) stats.AddDocument(i.Text);
        return items.Select(i => StoryDocument.From(i.Id, new DocumentRecord { Id = i.Id, Text = i.Text, Published = i.Date, Outlet = i.Outlet },
            i.Text[..20], MinHash.Signature(i.Text), stats, Options)).ToArray();
    }

    [Fact]
    public void Reprint_of_a_wire_story_is_marked_as_a_duplicate_in_one_story()
    {
        var docs = Documents(("spa", ArrestA, "2015-07-21", "spa"), ("okaz", ArrestA + " ", "2015-07-22", "okaz"), ("sport", Football, "2015-07-21", "sabq"),
            ("weather", Weather, "2015-07-21", "alriyadh"), ("oil", Oil, "2015-07-21", "aleqt"));
        var story = Assert.Single(new StoryClusterer(Options).Cluster(docs));
        Assert.Equal(["spa", "okaz"], story.Articles.Select(a => a.ArticleId));
        Assert.Equal("spa", story.Articles[1].DuplicateOf);
        Assert.Equal(2, story.Outlets);
    }

    [Fact]
    public void Two_tellings_of_one_arrest_form_a_story_without_being_duplicates()
    {
        var docs = Documents(("a", ArrestA, "2015-07-21", "spa"), ("b", ArrestB, "2015-07-21", "okaz"), ("sport", Football, "2015-07-21", "sabq"),
            ("weather", Weather, "2015-07-21", "alriyadh"), ("oil", Oil, "2015-07-21", "aleqt"));
        var story = Assert.Single(new StoryClusterer(Options).Cluster(docs));
        Assert.Equal(["a", "b"], story.Articles.Select(a => a.ArticleId).Order(StringComparer.Ordinal));
        Assert.All(story.Articles, a => Assert.Null(a.DuplicateOf));
    }

    [Fact]
    public void Same_text_outside_the_time_window_is_not_linked()
    {
        var docs = Documents(("a", ArrestA, "2015-07-21", "spa"), ("b", ArrestA, "2015-08-05", "okaz"), ("sport", Football, "2015-07-21", "sabq"));
        Assert.Empty(new StoryClusterer(Options).Cluster(docs));
    }

    [Fact]
    public void Thresholds_load_from_the_shipped_resource()
    {
        var o = StoryOptions.Load(Marsad.Text.Resources.ResourceSet.Shipped);
        Assert.Equal(0.5, o.DuplicateJaccard);
        Assert.Equal(2, o.WindowDays);
    }
}
