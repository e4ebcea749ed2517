using Marsad.Extract.Entities;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Ner;

public sealed class NerModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static NerModel SmallModel()
    {
        var w = new PerceptronWeights(10);
        w.Emission[5 * PerceptronWeights.Stride + 2] = 1.5f;
        w.Emission[700 * PerceptronWeights.Stride + 8] = -0.25f;
        w.Transition[3] = 0.5f;
        return new NerModel(w, NerTestKit.Words(("دمشق", 26)), new NerTrainingInfo { Epochs = 3, Seed = 7, TrainData = "t", DevData = "d", DevMicroF1 = 0.5 });
    }

    [Fact]
    public void Model_round_trips_through_its_file()
    {
        var path = Path.Combine(_dir, "m.model");
        NerModelFile.Write(SmallModel(), path);
        var back = NerModelFile.Read(path);
        Assert.Equal(1.5f, back.Weights.Emission[5 * PerceptronWeights.Stride + 2]);
        Assert.Equal(-0.25f, back.Weights.Emission[700 * PerceptronWeights.Stride + 8]);
        Assert.Equal(0.5f, back.Weights.Transition[3]);
        Assert.Equal(26, back.KnownWords.Count("دمشق"));
        Assert.Equal(7, back.Info.Seed);
    }

    [Fact]
    public void Unknown_format_version_is_refused_with_what_to_do()
    {
        var path = Path.Combine(_dir, "m.model");
        NerModelFile.Write(SmallModel(), path);
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(99).CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<NerModelFormatException>(() => NerModelFile.Read(path));
        Assert.Contains("version 99", e.Message);
        Assert.Contains("marsad train ner", e.Message);
    }

    [Fact]
    public void File_that_is_no_model_is_refused()
    {
        var path = Path.Combine(_dir, "m.model");
        File.WriteAllText(path, "token\tO\n");
        Assert.Throws<NerModelFormatException>(() => NerModelFile.Read(path));
    }

    [Fact]
    public void Truncated_model_is_refused()
    {
        var path = Path.Combine(_dir, "m.model");
        NerModelFile.Write(SmallModel(), path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Throws<NerModelFormatException>(() => NerModelFile.Read(path));
    }

    [Fact]
    public void Shipped_model_loads_with_its_vocabulary()
    {
        // Load time is measured by NerBenchmarks.LoadModel (bench/), not here: timings in tests flake.
        var tagger = NerTagger.Load(ResourceSet.Shipped);
        Assert.True(tagger.Model.KnownWords.Size > 10_000);
    }
}
