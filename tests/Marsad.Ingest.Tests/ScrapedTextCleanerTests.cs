using Marsad.Ingest.Cleaning;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Ingest.Tests;

public class ScrapedTextCleanerTests
{
    internal static readonly ScrapedTextCleaner Cleaner = ScrapedTextCleaner.Load(ResourceSet.Shipped);

    private const string Lead = "قالت وسائل إعلام روسية (الجمعة) إن تنظيم داعش والذي يسيطر على مخيم اليرموك وعدة أحياء جنوبي دمشق، سينسحب إلى البادية السورية جنوب شرق البلاد، بموجب اتفاق مع النظام والجانب الروسي.";
    private const string Second = "وأكدت وكالة (سبوتنيك) الروسية أن نظام الأسد توصل لاتفاق مع التنظيم في المنطقة، وذلك بعد فشل المفاوضات بين التنظيم وروسيا.";
    private const string Headline = "النظام يعلن عن اتفاق مع داعش جنوبي دمشق";

    private static (string? Title, string[] Body, string? Outlet) Clean(string text, string? givenTitle = null)
    {
        var layout = Cleaner.Clean(new Article("t", text, "test") { Title = givenTitle });
        return (layout.Title?.Of(text), layout.Body.Select(b => b.Of(text)).ToArray(), layout.Outlet);
    }

    [Fact]
    public void Search_box_lines_above_the_headline_are_chrome()
    {
        var (title, body, _) = Clean($"بحث\nبحث\n\n{Headline}\n\n{Lead}");
        Assert.Equal(Headline, title);
        Assert.Equal([Lead], body);
    }

    [Fact]
    public void Comment_form_ends_the_article()
    {
        var (_, body, _) = Clean($"{Lead}\n\n{Second}\n\nاترك تعليقاً\n\nمحمد: تعليق على الخبر، شكراً لكم على المتابعة.");
        Assert.Equal([Lead, Second], body);
    }

    [Fact]
    public void Comment_counter_and_most_read_box_end_the_article()
    {
        var (_, body, _) = Clean($"{Lead}\n\nالتعليقات (12)\n\n    0\n\n    الأكثر قراءة\n\n    💡 أهم المواضيع\n\nوصول تعزيزات عسكرية جديدة إلى محيط مخيم اليرموك جنوبي العاصمة دمشق صباح اليوم.");
        Assert.Equal([Lead], body);
    }

    [Fact]
    public void Stop_phrase_before_the_article_does_not_end_it()
    {
        var (_, body, _) = Clean($"الأكثر قراءة\n{Lead}\n{Second}");
        Assert.Equal([Lead, Second], body);
    }

    [Theory]
    [InlineData("رابط الخبر بصحيفة الوئام: ")]
    [InlineData("المصدر: ")]
    [InlineData("الرابط المختصر: ")]
    public void Headline_repeated_after_a_share_label_is_chrome(string label)
    {
        var (title, body, _) = Clean($"{Headline}\n\n{Lead}\n{Second}\n{label}{Headline}\n");
        Assert.Equal(Headline, title);
        Assert.Equal([Lead, Second], body);
    }

    [Fact]
    public void A_sentence_that_merely_ends_like_a_short_headline_stays()
    {
        // Three-word headline: an ordinary sentence may end with the same words after a colon.
        const string shortHeadline = "اتفاق جنوبي دمشق";
        const string sentence = "وقال المتحدث: اتفاق جنوبي دمشق";
        var (_, body, _) = Clean($"{shortHeadline}\n\n{Lead}\n{sentence}.\n{Second}");
        Assert.Contains(body, b => b.StartsWith("وقال المتحدث", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_headline_is_chrome()
    {
        var (title, body, _) = Clean($"{Headline}\n\n{Headline}\n{Lead}");
        Assert.Equal(Headline, title);
        Assert.Equal([Lead], body);
    }

    [Fact]
    public void Bulleted_related_story_links_are_chrome()
    {
        var (_, body, _) = Clean($"{Lead}\n- 4 مهام أعدها أردوغان للفصائل السورية الموالية له\n- حرب تهديدات بين روسيا ودمشق وتنظيم \"جيش الإسلام\" بالغوطة\n{Second}");
        Assert.Equal([Lead, Second], body);
    }

    [Fact]
    public void Outlet_byline_names_the_outlet_as_written_and_is_chrome()
    {
        var (title, body, outlet) = Clean($"صوت العامة – خاص\n{Lead}");
        Assert.Null(title);
        Assert.Equal([Lead], body);
        Assert.Equal("صوت العامة", outlet); // a slip of one letter from the listed صوت العاصمة
    }

    [Fact]
    public void Byline_with_an_outlet_word_names_the_outlet() =>
        Assert.Equal("شبكة الخابور", Clean($"خاص - شبكة الخابور\n{Lead}").Outlet);

    [Fact]
    public void Reporter_byline_is_chrome_but_names_no_outlet()
    {
        var (_, body, outlet) = Clean($"سلوى سعد – متابعات\n{Lead}");
        Assert.Equal([Lead], body);
        Assert.Null(outlet);
    }

    [Fact]
    public void Masthead_line_names_the_outlet_without_its_quotes()
    {
        var (_, body, outlet) = Clean($"{Lead}\n«عكاظ»");
        Assert.Equal([Lead], body);
        Assert.Equal("عكاظ", outlet);
    }

    [Fact]
    public void Outlet_named_inside_a_sentence_is_a_source_not_the_outlet()
    {
        const string line = "وينوي الروس، بحسب مصادر مطلعة لـ “صوت العاصمة” إدخال الفصائل معركة ضد تنظيم داعش من جهتهم تدريجياً.";
        var (_, body, outlet) = Clean($"{Lead}\n{line}");
        Assert.Equal([Lead, line], body);
        Assert.Null(outlet);
    }

    [Fact]
    public void Long_first_sentence_is_body_not_a_headline()
    {
        const string first = "توجه وفد روسي يوم أمس، الثلاثاء 27 آذار، إلى المناطق الخاضعة لسيطرة هيئة تحرير الشام غرب مخيم اليرموك في مدينة دمشق.";
        var (title, body, _) = Clean($"{first}\n{Second}");
        Assert.Null(title);
        Assert.Equal([first, Second], body);
    }

    [Fact]
    public void Short_punctuated_headline_set_apart_by_a_blank_line_is_a_headline()
    {
        const string headline = "جنوب دمشق: الروس يطلبون “التنسيق العالي” مع الفصائل لمحاربة داعش.";
        Assert.Equal(headline, Clean($"{headline}\n\n\n{Lead}").Title);
    }

    [Fact]
    public void Short_punctuated_line_run_into_the_text_is_body()
    {
        const string first = "وصل وفد روسي إلى جنوب دمشق.";
        var (title, body, _) = Clean($"{first}\n{Lead}");
        Assert.Null(title);
        Assert.Equal([first, Lead], body);
    }

    [Fact]
    public void Three_word_headline_right_above_a_paragraph_is_a_headline() =>
        Assert.Equal("الإصابات تلاحق توران", Clean($"الإصابات تلاحق توران\n\n{Lead}").Title);

    [Fact]
    public void Short_lines_above_the_headline_are_menu_items()
    {
        var (title, body, _) = Clean($"سوريا\nمنوعات\n{Headline}\n{Lead}");
        Assert.Equal(Headline, title);
        Assert.Equal([Lead], body);
    }

    [Fact]
    public void Menu_bar_with_separators_is_chrome() =>
        Assert.Equal([Lead], Clean($"الرئيسية | أخبار | سياسة | اقتصاد | رياضة\n{Lead}").Body);

    [Fact]
    public void Breadcrumb_with_spaced_arrows_is_chrome() =>
        Assert.Equal([Lead], Clean($"الرئيسية > أخبار > سوريا\n{Lead}").Body);

    [Fact]
    public void Headline_with_a_slashed_date_is_not_a_menu() =>
        Assert.Equal("اجتماع أستانا حول سوريا يوم 12/4/2018", Clean($"اجتماع أستانا حول سوريا يوم 12/4/2018\n{Lead}").Title);

    [Fact]
    public void Dateline_is_chrome() =>
        Assert.Equal([Lead], Clean($"{Lead}\nالخميس 12 نيسان 2018\n").Body);

    [Fact]
    public void Link_and_email_lines_are_chrome() =>
        Assert.Equal([Lead], Clean($"{Lead}\nhttps://example.org/news/123\nreporter@example.org").Body);

    [Fact]
    public void Share_labels_and_tags_after_the_last_paragraph_are_chrome() =>
        Assert.Equal([Lead, Second], Clean($"{Lead}\n{Second}\nشارك\nدمشق\nمخيم اليرموك").Body);

    [Fact]
    public void Wire_end_mark_is_chrome() =>
        Assert.Equal([Lead], Clean($"{Lead}\n// انتهى //").Body);

    [Fact]
    public void Credit_prefix_line_is_chrome_but_a_sentence_starting_alike_is_body()
    {
        const string sentence = "كتب الرئيس على حسابه أن المفاوضات مستمرة.";
        Assert.Equal([Lead, sentence], Clean($"بقلم: محمد العلي\n{Lead}\n{sentence}\nاقرأ أيضاً: الروس يطلبون التنسيق مع الفصائل").Body);
    }

    [Fact]
    public void Title_given_by_the_source_marks_its_line()
    {
        const string first = "توجه وفد روسي إلى جنوب دمشق صباح اليوم.";
        var (title, body, _) = Clean($"{first}\n{Headline}\n{Lead}", givenTitle: Headline);
        Assert.Equal(Headline, title);
        Assert.Equal([first, Lead], body);
    }

    [Fact]
    public void Lone_short_line_is_body_not_a_headline_over_nothing()
    {
        var (title, body, _) = Clean(Headline);
        Assert.Null(title);
        Assert.Equal([Headline], body);
    }

    [Fact]
    public void Layout_supplied_by_the_reader_is_returned_unchanged()
    {
        var given = new ArticleLayout(new TextSpan(0, 3), [new TextSpan(4, 8)], "عنب بلدي");
        Assert.Same(given, Cleaner.Clean(new Article("h", "عنوان نص", "page.html") { Layout = given }));
    }

    [Fact]
    public void Spans_are_trimmed_lines_of_the_unchanged_text()
    {
        var text = $"  {Headline}  \r\n\r\n\t{Lead} \r\n";
        var layout = Cleaner.Clean(new Article("t", text, "test"));
        Assert.Equal(Headline, layout.Title!.Value.Of(text));
        Assert.Equal(Lead, Assert.Single(layout.Body).Of(text));
    }
}
