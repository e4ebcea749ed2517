using System.Globalization;

namespace Marsad.Ingest.Sources;

/// <summary>Reads a publication date given by a source (a JSON Lines field, a feed's pubDate).</summary>
public static class PublishedDate
{
    /// <summary>
    /// Accepts "YYYY-MM-DD" and ISO 8601 timestamps ("2018-04-12T09:30:00+03:00"); the date is the
    /// one written, not shifted to UTC, since that is the day the outlet says it published. RFC 1123
    /// dates of RSS ("Thu, 12 Apr 2018 09:30:00 GMT") are accepted too.
    /// </summary>
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (s.Length > 10 && s[10] is 'T' or 't' or ' '
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
            return true;
        if (DateTimeOffset.TryParseExact(s, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rfc))
        {
            date = DateOnly.FromDateTime(rfc.DateTime);
            return true;
        }
        date = default;
        return false;
    }
}
