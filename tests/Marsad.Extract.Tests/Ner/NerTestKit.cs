using Marsad.Extract.Entities;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Tests.Ner;

/// <summary>Builds views and taggers with a chosen vocabulary, so rule tests do not depend on a trained model.</summary>
internal static class NerTestKit
{
    public static KnownWords Words(params (string Word, int Count)[] counts) =>
        new(counts.ToDictionary(c => c.Word, c => c.Count, StringComparer.Ordinal));

    public static NerTagger UntrainedTagger(KnownWords words) =>
        new(new NerModel(new PerceptronWeights(10), words, new NerTrainingInfo { Epochs = 0, Seed = 0, TrainData = "-", DevData = "-", DevMicroF1 = 0 }),
            DescriptiveHeads.Load(ResourceSet.Shipped), GenericAnaphora.Load(ResourceSet.Shipped));

    /// <summary>The view of the text's only sentence.</summary>
    public static TaggingView View(string text, KnownWords words)
    {
        var analysed = TextAnalyzer.Analyse(text);
        var view = new TaggingView();
        ViewBuilder.FromText(analysed, analysed.Sentences.Single(), words, view);
        return view;
    }

    public static string[] Forms(TaggingView view) => Enumerable.Range(0, view.Count).Select(i => view.Form(i).ToString()).ToArray();

    /// <summary>The raw text of the entity spanning view tokens [first, end) after record.md's edge rules.</summary>
    public static string? SpanText(string text, KnownWords words, int first, int end, EntityKind kind)
    {
        var view = View(text, words);
        return UntrainedTagger(words).ToRawSpan(view, first, end, kind)?.Of(text);
    }
}
