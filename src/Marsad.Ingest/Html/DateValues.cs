using System.Globalization;

namespace Marsad.Ingest.Html;

/// <summary>
/// Reads the publication dates pages and feeds write: ISO 8601 (meta tags, JSON-LD, &lt;time&gt;, Atom)
/// and RFC 822 (RSS pubDate). The date is the one written, in the writer's own time zone, because
/// that is the calendar day the outlet published on.
/// </summary>
public static class DateValues
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy", "d MMM yyyy",
    ];

    /// <summary>The calendar date of <paramref name="value"/>, or null when it is not a date.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.AsSpan().Trim();
        // ISO 8601: the date is the first ten characters whatever follows.
        if (s.Length >= 10 && s[4] == '-' && s[7] == '-'
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        if (s.Length == 8 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
            return compact;
        var text = ReplaceZoneNames(s.ToString());
        if (DateTimeOffset.TryParseExact(text, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
            return DateOnly.FromDateTime(rfc.DateTime);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var any))
            return DateOnly.FromDateTime(any.DateTime);
        return null;
    }

    /// <summary>RFC 822 zone names that .NET does not read, replaced by their offsets.</summary>
    private static string ReplaceZoneNames(string s)
    {
        int space = s.LastIndexOf(' ');
        if (space < 0) return s;
        var zone = s[(space + 1)..];
        string? offset = zone switch
        {
            "GMT" or "UT" or "UTC" or "Z" => "+00:00",
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            _ => null,
        };
        if (offset is not null) return s[..space] + " " + offset;
        // "+0300" → "+03:00"
        if (zone.Length == 5 && zone[0] is '+' or '-' && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return s[..space] + " " + zone[..3] + ":" + zone[3..];
        return s;
    }
}
