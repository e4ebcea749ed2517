using System.Text.Json.Serialization;

namespace Marsad.Extract.Records;

/// <summary>
/// The document record of <c>record.md</c>: what <c>marsad extract</c> writes, what the stores keep,
/// what the API returns and what gold is written in. Offsets are code points into <see cref="Text"/>
/// once the record leaves the pipeline (Pipeline.RecordBuilder converts); fields a stage does not
/// know are null, never guessed.
/// </summary>
public sealed record DocumentRecord
{
    /// <summary>Format tag written with every record; readers refuse a tag they do not know.</summary>
    public const string CurrentFormat = "marsad.record/1";

    [JsonPropertyName("format")] public string? Format { get; init; } = CurrentFormat;
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("title")] public SpanRecord? Title { get; init; }
    [JsonPropertyName("body")] public IReadOnlyList<SpanRecord> Body { get; init; } = [];
    [JsonPropertyName("outlet")] public string? Outlet { get; init; }
    [JsonPropertyName("url")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("published_inferred")] public bool PublishedInferred { get; init; }
    [JsonPropertyName("entities")] public IReadOnlyList<EntityRecord> Entities { get; init; } = [];
    [JsonPropertyName("times")] public IReadOnlyList<TimeRecord> Times { get; init; } = [];
    /// <summary>Null in NER-only gold (scored for entities only); an empty list means "no events".</summary>
    [JsonPropertyName("events")] public IReadOnlyList<EventRecord>? Events { get; init; }
}

/// <summary>A half-open range with the covered text for readability.</summary>
public sealed record SpanRecord(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    [JsonPropertyName("text")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Text { get; init; }
}

/// <summary>One mention of a named entity, linked to the knowledge base when it is known.</summary>
public sealed record EntityRecord
{
    [JsonPropertyName("start")] public required int Start { get; init; }
    [JsonPropertyName("end")] public required int End { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    /// <summary>PER, ORG, LOC or MISC.</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name_en")] public string? NameEn { get; init; }
    [JsonPropertyName("lat")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? Lat { get; init; }
    [JsonPropertyName("lon")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? Lon { get; init; }
    [JsonPropertyName("admin1")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Admin1 { get; init; }
    /// <summary>Geo precision of a place: settlement, district, governorate, country, region.</summary>
    [JsonPropertyName("precision")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Precision { get; init; }
    [JsonPropertyName("confidence")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? Confidence { get; init; }
}

/// <summary>A time expression with its ISO 8601 value as far as the text fixes it (else null).</summary>
public sealed record TimeRecord
{
    [JsonPropertyName("start")] public required int Start { get; init; }
    [JsonPropertyName("end")] public required int End { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
}

/// <summary>Who acts or is acted on: a knowledge-base id and/or the span of the mention naming it.</summary>
public sealed record ActorRecord
{
    [JsonPropertyName("name_en")] public string? NameEn { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("start")] public int? Start { get; init; }
    [JsonPropertyName("end")] public int? End { get; init; }
    [JsonPropertyName("text")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Text { get; init; }
}

/// <summary>Where an event happened: a gazetteer entry and/or the span of the mention naming it.</summary>
public sealed record PlaceRecord
{
    [JsonPropertyName("name_en")] public string? NameEn { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("lat")] public double? Lat { get; init; }
    [JsonPropertyName("lon")] public double? Lon { get; init; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; init; }
    [JsonPropertyName("precision")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Precision { get; init; }
    [JsonPropertyName("start")] public int? Start { get; init; }
    [JsonPropertyName("end")] public int? End { get; init; }
    [JsonPropertyName("text")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Text { get; init; }
}

/// <summary>One reported happening, PLOVER-typed, with the sentence and trigger that state it.</summary>
public sealed record EventRecord
{
    /// <summary>One of the 16 PLOVER event types (AGREE … ASSAULT).</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    /// <summary>occurred, ongoing, planned, threatened, demanded, denied or rumoured.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("actor1")] public ActorRecord? Actor1 { get; init; }
    [JsonPropertyName("actor2")] public ActorRecord? Actor2 { get; init; }
    [JsonPropertyName("location")] public PlaceRecord? Location { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("fatalities")] public int? Fatalities { get; init; }
    [JsonPropertyName("quantity")] public int? Quantity { get; init; }
    [JsonPropertyName("attributed_to")] public string? AttributedTo { get; init; }
    [JsonPropertyName("evidence")] public required SpanRecord Evidence { get; init; }
    [JsonPropertyName("trigger")] public required SpanRecord Trigger { get; init; }
    [JsonPropertyName("confidence")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public double? Confidence { get; init; }
}
