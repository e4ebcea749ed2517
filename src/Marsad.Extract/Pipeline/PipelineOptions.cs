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
}
