using Marsad.Ingest.Encodings;

namespace Marsad.Ingest.Tests;

public class TextContentTests
{
    [Fact]
    public void Whitespace_only_is_an_empty_article() =>
        Assert.Equal("empty article (only white space)", TextContent.Problem(" \n\t\u00A0\u200F\r\n"));

    [Fact]
    public void Nul_character_is_binary() =>
        Assert.StartsWith("binary content (NUL", TextContent.Problem("دمشق\0"), StringComparison.Ordinal);

    [Fact]
    public void Many_control_characters_are_binary() =>
        Assert.StartsWith("binary content (", TextContent.Problem("دمشق\u0001\u0002\u0003 تستقبل"), StringComparison.Ordinal);

    [Fact]
    public void Arabic_text_with_tabs_and_form_feed_is_fine() =>
        Assert.Null(TextContent.Problem("جنوب دمشق:\tالروس يطلبون التنسيق.\f\r\nوأكد الوفد الروسي المسؤول عن ملف التفاوض جنوب دمشق، على ضرورة وجود تنسيق عالِ المستوى بين فصائل المعارضة والقوات الروسية خلال المعركة المرتقبة ضد تنظيم داعش في مخيم اليرموك."));
}
