using Xunit.Abstractions;

namespace Marsad.Extract.Tests;

/// <summary>Golden test: the event stage over the five samples with the gold entities and times injected.</summary>
public sealed class EventGoldTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Samples_with_gold_layers_reach_the_tuned_level()
    {
        var scoring = EventGold.ScoreWithGoldLayers();
        output.WriteLine(scoring.Summary);
        output.WriteLine(scoring.Report.ToString());
        var dump = Environment.GetEnvironmentVariable("MARSAD_EVENTS_REPORT");
        if (!string.IsNullOrEmpty(dump)) File.WriteAllText(dump, scoring.Summary + "\n" + scoring.Report);
        // Floors at the level reached (README.md, section "Events"); a rule change that drops below them
        // must say why.
        Assert.True(scoring.F1 >= 0.68, scoring.Summary);
        Assert.True(scoring.Accuracy(scoring.Actor1) >= 0.82, scoring.Summary);
        Assert.True(scoring.Accuracy(scoring.Actor2) >= 0.75, scoring.Summary); // issue 5 target
        Assert.True(scoring.Accuracy(scoring.Location) >= 0.70, scoring.Summary);
        Assert.True(scoring.Accuracy(scoring.Date) >= 0.87, scoring.Summary);
        Assert.True(scoring.Accuracy(scoring.Status) >= 0.95, scoring.Summary);
    }
}
