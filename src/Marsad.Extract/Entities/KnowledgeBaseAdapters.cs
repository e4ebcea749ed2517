using Marsad.Extract.Linking;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Entities;

/// <summary>
/// The knowledge base's alias matcher seen from the entity stage: as the source of known mentions
/// that override the tagger, and as the known-name feature the tagger was trained with. Its
/// matches are curated aliases found with record.md's edges, so all count as confident.
/// </summary>
public sealed class KnowledgeBaseMentions(MentionMatcher matcher) : IKnownMentionSource, IKnownNameFinder
{
    private readonly MentionMatcher _matcher = matcher ?? throw new ArgumentNullException(nameof(matcher));

    public IReadOnlyList<KnownMention> Find(DocumentContext doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var found = _matcher.Find(doc.Analysed);
        var result = new List<KnownMention>(found.Count);
        foreach (var e in found)
            if (NerTagSet.TryParseKind(e.Type, out var kind)) result.Add(new KnownMention(new TextSpan(e.Start, e.End), kind, Confident: true));
        return result;
    }

    public IReadOnlyList<KnownNameSpan> Find(AnalysedText text)
    {
        var found = _matcher.Find(text);
        var result = new List<KnownNameSpan>(found.Count);
        foreach (var e in found)
            if (NerTagSet.TryParseKind(e.Type, out var kind)) result.Add(new KnownNameSpan(new TextSpan(e.Start, e.End), kind));
        return result;
    }
}

/// <summary>The knowledge base's linker as the entity stage's last step.</summary>
public sealed class KnowledgeBaseLinker(EntityLinker linker) : IMentionLinker
{
    private readonly EntityLinker _linker = linker ?? throw new ArgumentNullException(nameof(linker));

    public IReadOnlyList<EntityRecord> Link(DocumentContext doc, IReadOnlyList<EntityRecord> mentions) => _linker.Link(doc, mentions);
}
