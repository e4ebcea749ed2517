using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Entities;

/// <summary>A name the tagger found: a raw UTF-16 span under record.md's edge conventions, and its type.</summary>
public readonly record struct TaggedEntity(TextSpan Span, EntityKind Kind);

/// <summary>
/// Tags raw text with the trained model: builds the corpus-style view of each sentence (normalised,
/// proclitics split), decodes it, and maps each predicted name back to the raw text with record.md's
/// span edges: proclitics outside ("بدمشق" → "دمشق"; in "للجيش" only the first ل), descriptive
/// heads outside ("مدينة حلب" → "حلب"). Loading is once per pipeline; <see cref="Tag"/> is
/// thread-safe (each thread gets its own buffers).
/// </summary>
public sealed class NerTagger
{
    private readonly ThreadLocal<TaggerWorkspace> _workspaces = new(() => new TaggerWorkspace());

    public NerTagger(NerModel model, DescriptiveHeads heads, GenericAnaphora? anaphora = null)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Heads = heads ?? throw new ArgumentNullException(nameof(heads));
        Anaphora = anaphora ?? GenericAnaphora.Empty;
    }

    public NerModel Model { get; }
    public DescriptiveHeads Heads { get; }
    public GenericAnaphora Anaphora { get; }

    /// <summary>Loads the model and the descriptive heads from a resource set (a user root may ship its own model).</summary>
    public static NerTagger Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        // The last root that has a model wins, so a user's --resources folder can replace the shipped one.
        string? path = resources.Files(EntityResources.ModelPath).LastOrDefault();
        path ??= resources.Required(EntityResources.ModelPath);
        return new NerTagger(NerModelFile.Read(path), DescriptiveHeads.Load(resources), GenericAnaphora.Load(resources));
    }

    /// <summary>
    /// Finds names in <paramref name="text"/>. <paramref name="knownNames"/> are the knowledge
    /// base's matches in the same text, sorted by start; they feed the tagger's known-name features
    /// when the model was trained with them.
    /// </summary>
    public List<TaggedEntity> Tag(AnalysedText text, IReadOnlyList<KnownNameSpan>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TaggedEntity>();
        var workspace = _workspaces.Value!;
        var view = workspace.View;
        bool useKnown = knownNames is { Count: > 0 } && Model.Info.KnownNameFeatures;
        var inSentence = useKnown ? new List<KnownNameSpan>() : null;
        int cursor = 0;
        foreach (var sentence in text.Sentences)
        {
            ViewBuilder.FromText(text, sentence, Model.KnownWords, view);
            if (view.Count == 0) continue;
            if (useKnown)
            {
                inSentence!.Clear();
                while (cursor < knownNames!.Count && knownNames[cursor].Span.End <= sentence.Start) cursor++;
                for (int k = cursor; k < knownNames.Count && knownNames[k].Span.Start < sentence.End; k++) inSentence.Add(knownNames[k]);
                view.MarkKnownNames(inSentence);
            }
            workspace.Extract(Model.KnownWords, Model.Weights.HashBits);
            workspace.Decode(Model.Weights, workspace.Features, view.Count);
            AddSpans(view, workspace.Tags.AsSpan(0, view.Count), result);
        }
        return result;
    }

    private void AddSpans(TaggingView view, ReadOnlySpan<int> tags, List<TaggedEntity> result)
    {
        int i = 0;
        while (i < tags.Length)
        {
            if (tags[i] == NerTagSet.Outside) { i++; continue; }
            var kind = NerTagSet.KindOf(tags[i]);
            int end = i + 1;
            while (end < tags.Length && tags[end] == NerTagSet.Inside(kind)) end++;
            if (!AllCommonWords(view, i, end) && ToRawSpan(view, i, end, kind) is TextSpan span) result.Add(new TaggedEntity(span, kind));
            i = end;
        }
    }

    /// <summary>A descriptive head, also with one proclitic the corpus-style split left on it ("بمدينة").</summary>
    private bool IsHeadWithClitic(ReadOnlySpan<char> word, EntityKind kind) =>
        Heads.IsHead(word, kind) || word.Length > 3 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && Heads.IsHead(word[1..], kind);

    private static bool StartsWithArticle(ReadOnlySpan<char> form) => form.Length >= 4 && form[0] == 'ا' && form[1] == 'ل';

    private static bool HasLetterOrDigit(ReadOnlySpan<char> form)
    {
        foreach (char c in form) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    /// <summary>Whether every token of [first, end) is a word the corpus uses often and never in a name (<see cref="KnownWords.IsCommonWord"/>).</summary>
    private bool AllCommonWords(TaggingView view, int first, int end)
    {
        for (int i = first; i < end; i++)
            if (!view[i].IsProclitic && !Model.KnownWords.IsCommonWord(view.Form(i))) return false;
        return true;
    }

    /// <summary>Raw span of view tokens [first, end) under record.md's edge rules, or null when nothing of a name is left.</summary>
    internal TextSpan? ToRawSpan(TaggingView view, int first, int end, EntityKind kind)
    {
        // The corpus sometimes spans a proclitic ("للبنك التجاري"); record.md never does. Quotes and
        // brackets the tagger let into a span's edge ("«الشرق الأوسط") are not part of the name.
        while (first < end && (view[first].IsProclitic || !HasLetterOrDigit(view.Form(first)))) first++;
        while (end > first && !HasLetterOrDigit(view.Form(end - 1))) end--;
        if (first == end) return null;
        int outside = ProcliticSegmenter.OutsideSpanLength(view.Form(first));
        // An organisation's head before a definite word is part of its name ("وكالة الصحافة الفرنسية",
        // "جماعة الإخوان المسلمين"); before a bare name it only describes ("وكالة سبوتنيك", "تنظيم داعش").
        if (end - first >= 2 && IsHeadWithClitic(view.Form(first)[outside..], kind)
            && !(kind == EntityKind.Org && StartsWithArticle(view.Form(first + 1))))
        {
            first++;
            while (first < end && view[first].IsProclitic) first++;
            if (first == end) return null;
            outside = ProcliticSegmenter.OutsideSpanLength(view.Form(first));
        }
        if (end - first == 1 && Anaphora.Contains(view.Form(first)[outside..])) return null;
        int start = view.RawIndexOf(first, outside);
        int stop = view[end - 1].RawEnd;
        return stop > start ? new TextSpan(start, stop) : null;
    }
}
