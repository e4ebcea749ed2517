using System.Diagnostics;
using System.Text;
using Marsad.Text;

namespace Marsad.Extract.Entities;

/// <summary>Settings of one training run.</summary>
public sealed record NerTrainerOptions
{
    /// <summary>log2 of the feature hash table: 2^20 buckets keep collisions rare for ~130k training tokens.</summary>
    public int HashBits { get; init; } = 20;
    /// <summary>Fixed number of epochs; null chooses the best epoch on dev up to <see cref="MaxEpochs"/>.</summary>
    public int? Epochs { get; init; }
    /// <summary>Upper bound when choosing on dev; the perceptron on this corpus peaks well before it.</summary>
    public int MaxEpochs { get; init; } = 20;
    /// <summary>Stop choosing after this many epochs without a better dev score.</summary>
    public int Patience { get; init; } = 4;
    public int Seed { get; init; } = 1;
    /// <summary>Knowledge-base matcher for the known-name features (null: those features never fire).</summary>
    public IKnownNameFinder? KnownNames { get; init; }
    public string TrainName { get; init; } = "train.conll";
    public string DevName { get; init; } = "dev.conll";
}

/// <summary>What training produced: the model and its dev score.</summary>
public sealed record NerTrainingResult(NerModel Model, SpanScore DevScore, int Epochs, TimeSpan Elapsed);

/// <summary>
/// Trains the averaged structured perceptron (Collins 2002): each training sentence is decoded with
/// the current weights and, where the best path differs from the gold one, the gold path's features
/// gain and the predicted path's lose one unit; the model kept is the average of the weights over
/// all steps (computed lazily), which generalises far better than the last weights. Sentence order
/// is shuffled each epoch from the seed; everything runs on one thread, so a seed gives one model.
/// </summary>
public sealed class NerTrainer(NerTrainerOptions options)
{
    private readonly NerTrainerOptions _options = options;

    public NerTrainingResult Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence> dev, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        int bits = _options.HashBits;
        var known = KnownWordsOf(train);
        var trainSet = Prepare(train, known, bits);
        var devSet = Prepare(dev, known, bits);
        log?.Invoke($"features extracted: {train.Count} train and {dev.Count} dev sentences in {clock.Elapsed.TotalSeconds:0.0} s");

        var current = new PerceptronWeights(bits);
        // Σ step × update, for the lazy average; double because the products outgrow float precision.
        var sumE = new double[current.Emission.Length];
        var sumT = new double[current.Transition.Length];
        var averaged = new PerceptronWeights(bits);
        PerceptronWeights? best = null;
        SpanScore? bestScore = null;
        int bestEpoch = 0;
        var workspace = new TaggerWorkspace();
        var random = new Random(_options.Seed);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        int step = 1;
        int maxEpochs = _options.Epochs ?? _options.MaxEpochs;
        for (int epoch = 1; epoch <= maxEpochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int s in order)
            {
                var (features, gold, _) = trainSet[s];
                workspace.Decode(current, features, gold.Length);
                var predicted = workspace.Tags.AsSpan(0, gold.Length);
                if (!predicted.SequenceEqual(gold))
                {
                    mistakes++;
                    Update(current, sumE, sumT, features, gold, predicted, step);
                }
                step++;
            }
            Average(current, sumE, sumT, step, averaged);
            var score = Evaluate(averaged, known, devSet, workspace);
            log?.Invoke($"epoch {epoch,2}: {mistakes} sentences wrong, dev micro-F1 {score.Micro.F1:0.0000} ({clock.Elapsed.TotalSeconds:0.0} s)");
            if (_options.Epochs is null)
            {
                if (bestScore is null || score.Micro.F1 > bestScore.Micro.F1)
                {
                    best ??= new PerceptronWeights(bits);
                    averaged.Emission.CopyTo(best.Emission, 0);
                    averaged.Transition.CopyTo(best.Transition, 0);
                    bestScore = score;
                    bestEpoch = epoch;
                }
                else if (epoch - bestEpoch >= _options.Patience)
                {
                    break;
                }
            }
            else
            {
                best = averaged;
                bestScore = score;
                bestEpoch = epoch;
            }
        }
        var model = new NerModel(best!, known, new NerTrainingInfo
        {
            Epochs = bestEpoch,
            Seed = _options.Seed,
            TrainData = _options.TrainName,
            DevData = _options.DevName,
            DevMicroF1 = Math.Round(bestScore!.Micro.F1, 4),
            KnownNameFeatures = _options.KnownNames is not null,
            Notes = "Trained on NewsFANE Gold 2014 (F. Alotaibi and M. Lee, COLING 2014), converted to coarse "
                + "PER/ORG/LOC/MISC by Marsad's shared data (ner/README.md); data licence CC BY-SA 3.0 Unported "
                + "(https://creativecommons.org/licenses/by-sa/3.0/). This model is derived from that data.",
        });
        return new NerTrainingResult(model, bestScore, bestEpoch, clock.Elapsed);
    }

    /// <summary>Scores a model on corpus sentences (CoNLL exact spans over the corpus's tokens).</summary>
    public static SpanScore Evaluate(NerModel model, IReadOnlyList<ConllSentence> sentences, IKnownNameFinder? knownNames)
    {
        var trainer = new NerTrainer(new NerTrainerOptions { HashBits = model.Weights.HashBits, KnownNames = knownNames });
        return Evaluate(model.Weights, model.KnownWords, trainer.Prepare(sentences, model.KnownWords, model.Weights.HashBits), new TaggerWorkspace());
    }

    private static SpanScore Evaluate(PerceptronWeights weights, KnownWords known, List<Prepared> set, TaggerWorkspace workspace)
    {
        var score = new SpanScore();
        foreach (var s in set)
        {
            workspace.Decode(weights, s.Features, s.Gold.Length);
            var predicted = SpanScore.SpansOf(workspace.Tags.AsSpan(0, s.Gold.Length));
            // The run-time tagger's common-word filter, so the dev score is the score of what ships.
            predicted.RemoveAll(p => known.AllCommonWords(s.Forms.AsSpan(p.Start, p.End - p.Start)));
            score.Add(SpanScore.SpansOf(s.Gold), predicted);
        }
        return score;
    }

    /// <summary>A corpus sentence ready for training: features, gold tags, normalised forms.</summary>
    private sealed record Prepared(int[] Features, int[] Gold, string[] Forms);

    private static void Update(PerceptronWeights w, double[] sumE, double[] sumT, int[] features, int[] gold, ReadOnlySpan<int> predicted, int step)
    {
        const int slots = NerFeatures.SlotsPerToken;
        const int stride = PerceptronWeights.Stride;
        int tags = NerTagSet.Count;
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = predicted[i];
            int gPrev = i > 0 ? gold[i - 1] : tags, pPrev = i > 0 ? predicted[i - 1] : tags;
            if (g != p)
            {
                for (int k = i * slots; k < (i + 1) * slots; k++)
                {
                    int b = features[k];
                    if (b < 0) continue;
                    w.Emission[b * stride + g] += 1; sumE[b * stride + g] += step;
                    w.Emission[b * stride + p] -= 1; sumE[b * stride + p] -= step;
                }
            }
            if (g != p || gPrev != pPrev)
            {
                w.Transition[gPrev * tags + g] += 1; sumT[gPrev * tags + g] += step;
                w.Transition[pPrev * tags + p] -= 1; sumT[pPrev * tags + p] -= step;
            }
        }
    }

    /// <summary>averaged = w − sums / step (Daumé's lazy averaging).</summary>
    private static void Average(PerceptronWeights w, double[] sumE, double[] sumT, int step, PerceptronWeights averaged)
    {
        double inv = 1.0 / step;
        for (int i = 0; i < w.Emission.Length; i++) averaged.Emission[i] = (float)(w.Emission[i] - sumE[i] * inv);
        for (int i = 0; i < w.Transition.Length; i++) averaged.Transition[i] = (float)(w.Transition[i] - sumT[i] * inv);
    }

    private List<Prepared> Prepare(IReadOnlyList<ConllSentence> sentences, KnownWords known, int bits)
    {
        var result = new List<Prepared>(sentences.Count);
        var workspace = new TaggerWorkspace();
        var line = new StringBuilder();
        foreach (var sentence in sentences)
        {
            string text = ViewBuilder.FromCorpus(sentence.Tokens, workspace.View, line);
            if (_options.KnownNames is { } finder)
                workspace.View.MarkKnownNames(finder.Find(TextAnalyzer.Analyse(text)));
            workspace.Extract(known, bits);
            var forms = new string[workspace.View.Count];
            for (int i = 0; i < forms.Length; i++) forms[i] = workspace.View.Form(i).ToString();
            result.Add(new Prepared(workspace.Features.AsSpan(0, sentence.Tokens.Length * NerFeatures.SlotsPerToken).ToArray(), sentence.Tags, forms));
        }
        return result;
    }

    private static KnownWords KnownWordsOf(IReadOnlyList<ConllSentence> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var inEntity = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                var form = NormalizedText.Normalize(s.Tokens[i]);
                if (form.Length == 0) continue;
                counts[form] = counts.GetValueOrDefault(form) + 1;
                if (s.Tags[i] != NerTagSet.Outside) inEntity[form] = inEntity.GetValueOrDefault(form) + 1;
            }
        }
        return new KnownWords(counts, inEntity);
    }
}
