using System.CommandLine;
using Marsad.Extract.Entities;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train ner --train FILE --dev FILE [-o resources/models/ner.model] [--epochs N] [--seed S]</c>:
/// trains the named-entity tagger and writes its model file (README.md, section "Named-entity tagger").
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train Marsad's models from annotated data");
        cmd.Subcommands.Add(CreateNer());
        return cmd;
    }

    private static Command CreateNer()
    {
        var train = new Option<string>("--train") { Description = "Training sentences, CoNLL (token TAB IOB2-tag)", Required = true };
        var dev = new Option<string>("--dev") { Description = "Dev sentences: choose the epoch count and report F1", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Model file to write", DefaultValueFactory = _ => Path.Combine("resources", "models", "ner.model") };
        var epochs = new Option<int?>("--epochs") { Description = "Train exactly N epochs (default: choose the best on dev, up to 20)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence shuffle (training is deterministic for a seed)", DefaultValueFactory = _ => 1 };
        var noKnownNames = new Option<bool>("--no-kb") { Description = "Leave out the knowledge-base known-name features" };
        var resources = CommonOptions.Resources();
        var cmd = new Command("ner", "Train the named-entity tagger (averaged perceptron, Viterbi)") { train, dev, output, epochs, seed, noKnownNames, resources };
        cmd.SetAction(parse =>
        {
            var resourceSet = CommonOptions.ResourceSetFrom(parse.GetValue(resources));
            var options = new NerTrainerOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                KnownNames = parse.GetValue(noKnownNames) ? null : EntityResources.KnownNames(resourceSet),
                TrainName = Path.GetFileName(parse.GetValue(train)!),
                DevName = Path.GetFileName(parse.GetValue(dev)!),
            };
            return Run(parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, options);
        });
        return cmd;
    }

    private static int Run(string trainPath, string devPath, string output, NerTrainerOptions options)
    {
        var train = ConllCorpus.Read(trainPath);
        var dev = ConllCorpus.Read(devPath);
        Console.Error.WriteLine($"train: {train.Count} sentences from {trainPath}; dev: {dev.Count} sentences from {devPath}; seed {options.Seed}; "
            + (options.KnownNames is null ? "no knowledge-base features" : "knowledge-base features on"));
        var result = new NerTrainer(options).Train(train, dev, Console.Error.WriteLine);
        NerModelFile.Write(result.Model, output);
        Console.WriteLine($"epochs {result.Epochs}, {result.Elapsed.TotalSeconds:0.0} s; model written to {output} ({new FileInfo(output).Length / 1024} KiB)");
        Console.WriteLine("dev (CoNLL exact spans):");
        Console.WriteLine(result.DevScore.ToString());
        return 0;
    }
}
