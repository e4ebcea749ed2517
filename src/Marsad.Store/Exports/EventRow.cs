using System.Globalization;
using System.Text.Json.Serialization;

namespace Marsad.Store.Exports;

/// <summary>
/// One event as a flat, typed row: the shape of the Parquet and CSV exports. Dates are real dates
/// where the record fixes the day (<see cref="EventDate"/>), with the ISO text kept beside them
/// because a record may fix only a month.
/// </summary>
public sealed class EventRow
{
    [JsonPropertyName("event_id")] public string EventId { get; set; } = "";
    [JsonPropertyName("article_id")] public string ArticleId { get; set; } = "";
    [JsonPropertyName("ordinal")] public int Ordinal { get; set; }
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("mode")] public string? Mode { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("actor1_id")] public string? Actor1Id { get; set; }
    [JsonPropertyName("actor1_name")] public string? Actor1Name { get; set; }
    [JsonPropertyName("actor2_id")] public string? Actor2Id { get; set; }
    [JsonPropertyName("actor2_name")] public string? Actor2Name { get; set; }
    [JsonPropertyName("place_id")] public string? PlaceId { get; set; }
    [JsonPropertyName("place_name")] public string? PlaceName { get; set; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; set; }
    [JsonPropertyName("latitude")] public double? Latitude { get; set; }
    [JsonPropertyName("longitude")] public double? Longitude { get; set; }
    [JsonPropertyName("date")] public string? DateText { get; set; }
    [JsonPropertyName("event_date")] public DateTime? EventDate { get; set; }
    [JsonPropertyName("fatalities")] public int? Fatalities { get; set; }
    [JsonPropertyName("quantity")] public int? Quantity { get; set; }
    [JsonPropertyName("attributed_to")] public string? AttributedTo { get; set; }
    [JsonPropertyName("outlet")] public string? Outlet { get; set; }
    [JsonPropertyName("published")] public DateTime? Published { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }

    public static EventRow From(StoredEvent s, string? evidence)
    {
        var e = s.Event;
        return new EventRow
        {
            EventId = s.EventId, ArticleId = s.ArticleId, Ordinal = s.Ordinal, Type = e.Type, Mode = e.Mode, Status = e.Status,
            Actor1Id = e.Actor1?.Id, Actor1Name = e.Actor1?.NameEn, Actor2Id = e.Actor2?.Id, Actor2Name = e.Actor2?.NameEn,
            PlaceId = e.Location?.Id, PlaceName = e.Location?.NameEn, Admin1 = e.Location?.Admin1,
            Latitude = e.Location?.Lat, Longitude = e.Location?.Lon,
            DateText = s.EffectiveDate, EventDate = Day(s.EffectiveDate), Fatalities = e.Fatalities, Quantity = e.Quantity,
            AttributedTo = e.AttributedTo, Outlet = s.Outlet, Published = Day(s.Published), Url = s.Url, Evidence = evidence,
        };
    }

    /// <summary>A full YYYY-MM-DD as a UTC midnight; partial dates (YYYY-MM) have none.</summary>
    public static DateTime? Day(string? iso) =>
        iso is { Length: 10 } && DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
}
