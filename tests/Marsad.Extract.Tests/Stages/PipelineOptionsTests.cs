using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;
using Xunit;

namespace Marsad.Extract.Tests.Stages;

/// <summary>The pipeline's per-document time budget and its optional stages, on a real report.</summary>
public class PipelineOptionsTests
{
    private const string Report = "قصفت طائرات حربية روسية مدينة إدلب صباح الأحد 8 نيسان 2018، ما أدى إلى مقتل 12 مدنياً بحسب الدفاع المدني.";
    private static readonly Article Article = new("t1", Report, "report.txt");
    private static readonly Lazy<Pipeline.Pipeline> Full = new(() => new Pipeline.Pipeline(ResourceSet.Shipped));

    private static string Json(DocumentRecord record) => RecordJson.Serialize(record);

    [Fact]
    public void Budget_spent_between_stages_fails_the_document_naming_the_stage_and_the_flag()
    {
        // The clock moves a second per reading: started at 0, 1 s after cleaning, 2 s after text
        // analysis, 3 s after entities — past the 2.5 s budget there, whatever the machine's speed.
        var pipeline = new Pipeline.Pipeline(ResourceSet.Shipped, new PipelineOptions { TimeBudget = TimeSpan.FromSeconds(2.5), Clock = new SteppingClock(TimeSpan.FromSeconds(1)) });
        var e = Assert.Throws<TimeBudgetExceededException>(() => pipeline.Process(Article));
        Assert.Equal("time budget exceeded during entity recognition (2.5 s per document; raise it with --time-budget SECONDS)", e.Message);
        Assert.Equal(TimeSpan.FromSeconds(2.5), e.Budget);
    }

    [Fact]
    public void Document_within_its_budget_gets_the_record_it_gets_without_one()
    {
        var pipeline = new Pipeline.Pipeline(ResourceSet.Shipped, new PipelineOptions { TimeBudget = TimeSpan.FromSeconds(10), Clock = new SteppingClock(TimeSpan.FromMilliseconds(1)) });
        var full = Full.Value.Process(Article);
        Assert.NotEmpty(full.Events ?? []);
        Assert.Equal(Json(full), Json(pipeline.Process(Article)));
    }

    [Fact]
    public void Without_the_time_and_event_stages_the_record_keeps_entities_and_has_no_times_or_events()
    {
        var pipeline = new Pipeline.Pipeline(ResourceSet.Shipped, new PipelineOptions { Stages = PipelineStages.None });
        var full = Full.Value.Process(Article);
        var bare = pipeline.Process(Article);
        Assert.NotEmpty(full.Times ?? []);
        Assert.NotEmpty(full.Events ?? []);
        Assert.Empty(bare.Times ?? []);
        Assert.Empty(bare.Events ?? []);
        Assert.Equal(full.Entities.Select(m => (m.Start, m.End, m.Type, m.Id)), bare.Entities.Select(m => (m.Start, m.End, m.Type, m.Id)));
    }
}
