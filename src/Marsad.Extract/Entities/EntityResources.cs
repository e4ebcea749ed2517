using Marsad.Extract.Knowledge;
using Marsad.Extract.Linking;
using Marsad.Text.Resources;

namespace Marsad.Extract.Entities;

/// <summary>Where the entity stage's files live under resources/, and how its parts are assembled from them.</summary>
public static class EntityResources
{
    /// <summary>The shipped tagger model, relative to a resources root.</summary>
    public const string ModelPath = "models/ner.model";

    /// <summary>Heads that stand before a name without being part of it ("مدينة حلب").</summary>
    public const string DescriptiveHeadsPath = "entities/descriptive-heads.tsv";

    /// <summary>Facility kinds that, followed by a definite word, make a named facility ("مشفى المهايني").</summary>
    public const string FacilityHeadsPath = "entities/facility-heads.tsv";

    /// <summary>Words that refer back to an actor without naming it ("التنظيم"): never a tagger mention.</summary>
    public const string GenericAnaphoraPath = "entities/generic-anaphora.tsv";

    /// <summary>
    /// The known-name matcher whose matches the tagger reads as features: the knowledge base's alias
    /// matcher, the same at training and at run time (the model file records whether it was used).
    /// </summary>
    public static KnowledgeBaseMentions KnownNames(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new KnowledgeBaseMentions(new MentionMatcher(KnowledgeBase.Load(resources)));
    }
}
