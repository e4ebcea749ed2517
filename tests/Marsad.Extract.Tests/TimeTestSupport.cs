using Marsad.Extract.Records;
using Marsad.Extract.Times;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests;

/// <summary>One shared time extractor with a fixed "today", so tests do not depend on the clock.</summary>
internal static class TimeTestSupport
{
    /// <summary>The reference date every time test runs with.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly TimeExtractor Extractor = new(ResourceSet.Shipped, referenceDate: Today);

    public static TimeExtraction Run(string text, DateOnly? published = null, string? url = null) =>
        Extractor.Extract(TextAnalyzer.Analyse(text), published, url);

    /// <summary>The only time found in <paramref name="text"/>, as (covered text, value).</summary>
    public static (string Text, string? Value) Single(string text, DateOnly? published = null)
    {
        var r = Run(text, published);
        var t = Assert.Single(r.Times);
        AssertSpanMatchesText(text, t);
        return (t.Text!, t.Value);
    }

    /// <summary>Every time found, as (covered text, value) pairs in text order.</summary>
    public static (string Text, string? Value)[] All(string text, DateOnly? published = null)
    {
        var r = Run(text, published);
        foreach (var t in r.Times) AssertSpanMatchesText(text, t);
        return r.Times.Select(t => (t.Text!, t.Value)).ToArray();
    }

    private static void AssertSpanMatchesText(string text, TimeRecord t) => Assert.Equal(text[t.Start..t.End], t.Text);
}
