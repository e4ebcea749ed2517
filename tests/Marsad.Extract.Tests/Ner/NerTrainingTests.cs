using Marsad.Extract.Entities;
using Marsad.Tests.Shared;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Ner;

public class NerTrainingTests
{
    [SkippableFact]
    public void Training_command_reproduces_the_shipped_model_dev_score()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var shipped = NerTagger.Load(ResourceSet.Shipped).Model;
        var train = ConllCorpus.Read(SharedData.Path("ner", "train.conll")!);
        var dev = ConllCorpus.Read(SharedData.Path("ner", "dev.conll")!);
        // Same settings as `marsad train ner` recorded in the model: seed, epochs, known-name features.
        var options = new NerTrainerOptions
        {
            Seed = shipped.Info.Seed,
            Epochs = shipped.Info.Epochs,
            HashBits = shipped.Weights.HashBits,
            KnownNames = shipped.Info.KnownNameFeatures ? EntityResources.KnownNames(ResourceSet.Shipped) : null,
        };
        var result = new NerTrainer(options).Train(train, dev);
        // 0.01: the known-name features come from the knowledge base, which grows between retrainings.
        Assert.Equal(shipped.Info.DevMicroF1, result.DevScore.Micro.F1, 0.01);
        // And the shipped file itself scores what it says on dev (half-precision weights change little).
        var shippedScore = NerTrainer.Evaluate(shipped, dev, options.KnownNames);
        Assert.Equal(shipped.Info.DevMicroF1, shippedScore.Micro.F1, 0.01);
    }

    [SkippableFact]
    public void Training_is_deterministic_for_a_seed()
    {
        Skip.IfNot(SharedData.Available, SharedData.MissingReason);
        var train = ConllCorpus.Read(SharedData.Path("ner", "train.conll")!).Take(600).ToList();
        var dev = ConllCorpus.Read(SharedData.Path("ner", "dev.conll")!).Take(100).ToList();
        var options = new NerTrainerOptions { Seed = 3, Epochs = 3, HashBits = 16 };
        var a = new NerTrainer(options).Train(train, dev).Model.Weights;
        var b = new NerTrainer(options).Train(train, dev).Model.Weights;
        Assert.Equal(a.Emission, b.Emission);
        Assert.Equal(a.Transition, b.Transition);
    }

    [Fact]
    public void Conll_reader_refuses_an_inside_tag_without_a_begin()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "قال\tO\nدمشق\tI-LOC\n");
            var e = Assert.Throws<ConllFormatException>(() => ConllCorpus.Read(path));
            Assert.Equal(2, e.Line);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Spans_of_an_iob2_sequence_keep_adjacent_entities_apart()
    {
        int[] tags = [NerTagSet.Begin(EntityKind.Per), NerTagSet.Begin(EntityKind.Per), NerTagSet.Inside(EntityKind.Per), NerTagSet.Outside, NerTagSet.Begin(EntityKind.Loc)];
        Assert.Equal([new TypedSpan(0, 1, EntityKind.Per), new TypedSpan(1, 3, EntityKind.Per), new TypedSpan(4, 5, EntityKind.Loc)], SpanScore.SpansOf(tags));
    }
}
