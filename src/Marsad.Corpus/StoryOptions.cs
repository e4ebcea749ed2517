using System.Globalization;
using Marsad.Text.Resources;

namespace Marsad.Corpus;

/// <summary>Thresholds of story clustering and event merge, read from <c>resources/corpus/stories.tsv</c> (each with its reason there).</summary>
public sealed record StoryOptions
{
    public const string ResourcePath = "corpus/stories.tsv";
    public const string Format = "marsad.story-thresholds/1";

    public double DuplicateJaccard { get; init; } = 0.5;
    public int WindowDays { get; init; } = 2;
    public double StoryCosine { get; init; } = 0.45;
    public double StoryCentroidCosine { get; init; } = 0.3;
    public int SalientTerms { get; init; } = 25;
    public double MaxTermShare { get; init; } = 0.02;
    public int MinSharedTerms { get; init; } = 3;
    public double EntityWeight { get; init; } = 0.3;
    public int MaxStoryDays { get; init; } = 7;
    public int MergeDateDays { get; init; } = 1;

    /// <summary>Reads every stories.tsv in the resource set (later roots override earlier ones); unknown names are an error naming the line.</summary>
    public static StoryOptions Load(ResourceSet resources)
    {
        var o = new StoryOptions();
        foreach (var file in resources.Files(ResourcePath))
        {
            foreach (var line in TsvResource.Read(file, Format, 2))
            {
                if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw line.Error($"value '{line[1]}' is not a number");
                o = line[0] switch
                {
                    "duplicate_jaccard" => o with { DuplicateJaccard = v },
                    "window_days" => o with { WindowDays = (int)v },
                    "story_cosine" => o with { StoryCosine = v },
                    "story_centroid_cosine" => o with { StoryCentroidCosine = v },
                    "salient_terms" => o with { SalientTerms = (int)v },
                    "max_term_share" => o with { MaxTermShare = v },
                    "min_shared_terms" => o with { MinSharedTerms = (int)v },
                    "entity_weight" => o with { EntityWeight = v },
                    "max_story_days" => o with { MaxStoryDays = (int)v },
                    "merge_date_days" => o with { MergeDateDays = (int)v },
                    _ => throw line.Error($"unknown threshold '{line[0]}'"),
                };
            }
        }
        return o;
    }
}
