namespace Marsad.Extract.Entities;

/// <summary>How a model was trained: written into the model file so it documents itself.</summary>
public sealed record NerTrainingInfo
{
    public required int Epochs { get; init; }
    public required int Seed { get; init; }
    public required string TrainData { get; init; }
    public required string DevData { get; init; }
    /// <summary>Micro-F1 over PER, ORG and LOC on the dev data, CoNLL exact spans.</summary>
    public required double DevMicroF1 { get; init; }
    public bool KnownNameFeatures { get; init; }
    public string Notes { get; init; } = "";
}

/// <summary>A trained tagger: weights, the training corpus's word counts (for clitic splitting), provenance.</summary>
public sealed class NerModel
{
    public NerModel(PerceptronWeights weights, KnownWords knownWords, NerTrainingInfo info)
    {
        Weights = weights;
        KnownWords = knownWords;
        Info = info;
    }

    public PerceptronWeights Weights { get; }
    public KnownWords KnownWords { get; }
    public NerTrainingInfo Info { get; }
}
