using System.Text.Json.Serialization;

namespace Marsad.Corpus;

/// <summary>One article inside a story; <c>DuplicateOf</c> names the earlier article it reprints (near-duplicate), or is null when it is its own telling.</summary>
public sealed record StoryArticle(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("duplicate_of")] string? DuplicateOf);

/// <summary>
/// Articles about the same happening, clustered over a sliding time window, with the events their
/// reports share merged across sources.
/// </summary>
public sealed record Story(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("first_date")] string? FirstDate,
    [property: JsonPropertyName("last_date")] string? LastDate,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("articles")] IReadOnlyList<StoryArticle> Articles,
    [property: JsonPropertyName("events")] IReadOnlyList<MergedEvent> Events)
{
    /// <summary>Distinct outlets that carry the story.</summary>
    [JsonPropertyName("outlets")] public int Outlets => Articles.Select(a => a.Outlet ?? a.ArticleId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>One source's report of a merged event.</summary>
public sealed record EventSource(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("fatalities")] int? Fatalities);

/// <summary>
/// Events of different articles that report the same happening: compatible type, actors, place and
/// date. <see cref="Corroboration"/> counts distinct outlets; <see cref="Disagreements"/> names the
/// fields the sources report differently ("fatalities", "date") so an analyst sees the conflict.
/// </summary>
public sealed record MergedEvent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("mode")] string? Mode,
    [property: JsonPropertyName("actor1")] string? Actor1,
    [property: JsonPropertyName("actor2")] string? Actor2,
    [property: JsonPropertyName("place")] string? Place,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("fatalities")] int? Fatalities,
    [property: JsonPropertyName("sources")] IReadOnlyList<EventSource> Sources,
    [property: JsonPropertyName("corroboration")] int Corroboration,
    [property: JsonPropertyName("disagreements")] IReadOnlyList<string> Disagreements);
