using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Entities;

/// <summary>A knowledge-base mention: a raw span, its type, and whether the match is certain enough to override the tagger.</summary>
public readonly record struct KnownMention(TextSpan Span, EntityKind Kind, bool Confident);

/// <summary>Finds the knowledge base's known names in a document (the alias matcher).</summary>
public interface IKnownMentionSource
{
    IReadOnlyList<KnownMention> Find(DocumentContext doc);
}

/// <summary>Fills ids, English names and coordinates of mentions the knowledge base knows.</summary>
public interface IMentionLinker
{
    IReadOnlyList<EntityRecord> Link(DocumentContext doc, IReadOnlyList<EntityRecord> mentions);
}

/// <summary>
/// The pipeline's entity stage. Needs the text layer (tokens, sentences); adds
/// <see cref="DocumentContext.Entities"/>: one record per mention, in text order, without overlaps.
/// Merges the tagger's names with the knowledge base's alias matches: a confident knowledge-base
/// match wins over an overlapping tagger span (its edges and its type), because it knows names the
/// 2000s newswire corpus never saw and the record's conventions (demonyms such as "الروس" are ORG
/// there, while the tagger was trained with them as O); the tagger adds every name the knowledge
/// base does not know. Linking is the knowledge base's linker, called last.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly NerTagger _tagger;
    private readonly IKnownMentionSource? _knowledge;
    private readonly IMentionLinker? _linker;
    private readonly FacilityNames? _facilities;

    public EntityRecognizer(NerTagger tagger, IKnownMentionSource? knowledge = null, IMentionLinker? linker = null, FacilityNames? facilities = null)
    {
        _tagger = tagger ?? throw new ArgumentNullException(nameof(tagger));
        _knowledge = knowledge;
        _linker = linker;
        _facilities = facilities;
    }

    public IReadOnlyList<EntityRecord> Recognise(DocumentContext doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var known = _knowledge?.Find(doc) ?? [];
        var knownSpans = new List<KnownNameSpan>(known.Count);
        foreach (var k in known) knownSpans.Add(new KnownNameSpan(k.Span, k.Kind));
        knownSpans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var tagged = _tagger.Tag(doc.Analysed, knownSpans);
        List<TextSpan>? facilities = null;
        if (_facilities is not null)
        {
            var names = new List<TextSpan>(known.Count + tagged.Count);
            foreach (var k in known) names.Add(k.Span);
            foreach (var t in tagged) names.Add(t.Span);
            facilities = _facilities.Find(doc.Analysed, names);
        }
        var merged = Merge(known, tagged, facilities);
        var records = new List<EntityRecord>(merged.Count);
        foreach (var (span, kind) in merged)
        {
            records.Add(new EntityRecord { Start = span.Start, End = span.End, Text = span.Of(doc.Text), Type = NerTagSet.Name(kind) });
        }
        return _linker is null ? records : _linker.Link(doc, records);
    }

    /// <summary>
    /// Named facilities first (they contain the name a matcher may read as a country: "مشفى
    /// فلسطين") unless a confident known name runs past them, then confident known mentions, then tagger spans that overlap none of them, then
    /// the remaining (unconfident) known mentions where the tagger left the text untagged.
    /// </summary>
    internal static List<(TextSpan Span, EntityKind Kind)> Merge(IReadOnlyList<KnownMention> known, IReadOnlyList<TaggedEntity> tagged, IReadOnlyList<TextSpan>? facilities = null)
    {
        var chosen = new List<(TextSpan Span, EntityKind Kind)>();
        foreach (var f in facilities ?? [])
            if (!OutrunByKnownName(f, known)) TryAdd(chosen, f, EntityKind.Loc);
        foreach (var k in known)
            if (k.Confident) TryAdd(chosen, k.Span, k.Kind);
        foreach (var t in tagged) TryAdd(chosen, t.Span, t.Kind);
        foreach (var k in known)
            if (!k.Confident) TryAdd(chosen, k.Span, k.Kind);
        chosen.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return chosen;
    }

    /// <summary>
    /// A facility guess (head + one definite word) that a confident known name runs past is a cut-off
    /// piece of that name ("جامعة الدول" of "جامعة الدول العربية"): the known name wins. A known name
    /// inside the facility ("فلسطين" in "مشفى فلسطين") does not.
    /// </summary>
    private static bool OutrunByKnownName(TextSpan facility, IReadOnlyList<KnownMention> known)
    {
        foreach (var k in known)
            if (k.Confident && k.Span.Overlaps(facility) && (k.Span.Start < facility.Start || k.Span.End > facility.End)) return true;
        return false;
    }

    private static void TryAdd(List<(TextSpan Span, EntityKind Kind)> chosen, TextSpan span, EntityKind kind)
    {
        foreach (var c in chosen) if (c.Span.Overlaps(span)) return;
        chosen.Add((span, kind));
    }
}
