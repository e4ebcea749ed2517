namespace Marsad.Extract.Pipeline;

/// <summary>Settings of a pipeline run that are not resources.</summary>
public sealed record PipelineOptions
{
    /// <summary>
    /// "Today" for articles that give no publication date: the year a weekday fixes ("الأربعاء 11
    /// نيسان") is the latest one not after it. Null means the current date — right for live news;
    /// set it to the crawl date when processing an archive, or old reports land in a later weekday cycle.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// Wall-clock time the pipeline may spend on one document; past it <see cref="Pipeline.Process"/>
    /// throws <see cref="Marsad.Ingest.TimeBudgetExceededException"/> and the caller counts the document
    /// as one failure. Checked between stages, so a document overruns by at most one stage. Null: no budget.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>The clock <see cref="TimeBudget"/> is measured on; tests substitute one they control.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// The optional stages to run. Cleaning, text analysis and entities always run (every later stage
    /// reads them); leaving out times or events gives records with those lists empty — for measuring
    /// what the stages cost (bench/PipelineBenchmarks), not for output anyone reads as complete.
    /// </summary>
    public PipelineStages Stages { get; init; } = PipelineStages.All;
}

/// <summary>Stages of <see cref="Pipeline"/> that <see cref="PipelineOptions.Stages"/> can leave out.</summary>
[Flags]
public enum PipelineStages
{
    None = 0,
    Times = 1,
    Events = 2,
    All = Times | Events,
}
