using System.Globalization;

namespace Marsad.Extract.Times;

/// <summary>
/// Calendar arithmetic for time values: Hijri to Gregorian, fixing a missing year by a weekday or by
/// a nearby date, ISO weeks, and ISO 8601 formatting. Pure functions.
/// </summary>
internal static class CalendarMath
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Hijri = new();

    /// <summary>
    /// How far, in years, a missing year is searched for. A weekday repeats on a day of the year every
    /// 5, 6 or 11 years, so 15 years either side always holds at least two candidates.
    /// </summary>
    private const int YearSearchRadius = 15;

    /// <summary>
    /// A date after the reference point costs this many times a date as far before it: news reports
    /// what happened more often than what will, so "11 نيسان" read on 12 April 2018 is 2018-04-11,
    /// and read on 20 December 2018 a coming 5 January beats one eleven months past.
    /// </summary>
    private const int FutureCostFactor = 2;

    /// <summary>The Gregorian day of a day in the given calendar, or null when it does not exist (31 شباط).</summary>
    public static DateOnly? MakeDate(int year, int month, int day, CalendarKind calendar)
    {
        if (month is < 1 or > 12 || day < 1) return null;
        if (calendar == CalendarKind.Gregorian)
        {
            if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
            return new DateOnly(year, month, day);
        }
        Calendar cal = year >= 1318 && year <= 1500 ? UmAlQura : Hijri;
        if (year < 1 || year > 9000 || day > cal.GetDaysInMonth(year, month)) return null;
        return DateOnly.FromDateTime(cal.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    /// <summary>The year, in <paramref name="calendar"/>, of a Gregorian day.</summary>
    public static int YearOf(DateOnly date, CalendarKind calendar)
    {
        if (calendar == CalendarKind.Gregorian) return date.Year;
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura.GetYear(dt) : Hijri.GetYear(dt);
    }

    /// <summary>The month number, in <paramref name="calendar"/>, of a Gregorian day.</summary>
    public static int MonthOf(DateOnly date, CalendarKind calendar)
    {
        if (calendar == CalendarKind.Gregorian) return date.Month;
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura.GetMonth(dt) : Hijri.GetMonth(dt);
    }

    /// <summary>
    /// The day/month falling on <paramref name="weekday"/> nearest to <paramref name="around"/>
    /// (never after <paramref name="notAfter"/> when given), or null when none lies within the radius.
    /// </summary>
    public static DateOnly? FixYearByWeekday(int month, int day, DayOfWeek weekday, CalendarKind calendar, DateOnly around, DateOnly? notAfter)
    {
        int y0 = YearOf(around, calendar);
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int y = y0 - YearSearchRadius; y <= y0 + YearSearchRadius; y++)
        {
            var d = MakeDate(y, month, day, calendar);
            if (d is not DateOnly date || date.DayOfWeek != weekday) continue;
            if (notAfter is DateOnly limit && date > limit) continue;
            int distance = Math.Abs(date.DayNumber - around.DayNumber);
            if (distance < bestDistance) { best = date; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>The day/month "closest before or around" <paramref name="around"/> (see <see cref="FutureCostFactor"/>).</summary>
    public static DateOnly? NearestYear(int month, int day, CalendarKind calendar, DateOnly around, Direction direction = Direction.None)
    {
        int y0 = YearOf(around, calendar);
        DateOnly? best = null;
        long bestCost = long.MaxValue;
        for (int y = y0 - 1; y <= y0 + 1; y++)
        {
            if (MakeDate(y, month, day, calendar) is not DateOnly date) continue;
            int diff = date.DayNumber - around.DayNumber;
            if (direction == Direction.Past && diff >= 0 || direction == Direction.Future && diff <= 0) continue;
            long cost = diff > 0 ? (long)diff * FutureCostFactor : -diff;
            if (cost < bestCost) { best = date; bestCost = cost; }
        }
        return best;
    }

    /// <summary>Monday of the ISO week that holds <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The nearest <paramref name="weekday"/> on or before (or, <paramref name="forward"/>, on or after) a day.</summary>
    public static DateOnly NearestWeekday(DateOnly from, DayOfWeek weekday, bool forward, bool strict)
    {
        int step = forward ? 1 : -1;
        var d = strict ? from.AddDays(step) : from;
        while (d.DayOfWeek != weekday) d = d.AddDays(step);
        return d;
    }

    /// <summary>First and last Gregorian day of a month of the given calendar.</summary>
    public static (DateOnly First, DateOnly Last)? MonthBounds(int year, int month, CalendarKind calendar)
    {
        if (MakeDate(year, month, 1, calendar) is not DateOnly first) return null;
        int days = calendar == CalendarKind.Gregorian ? DateTime.DaysInMonth(year, month)
            : (year >= 1318 && year <= 1500 ? UmAlQura : (Calendar)Hijri).GetDaysInMonth(year, month);
        return (first, first.AddDays(days - 1));
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string MonthValue(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
    public static string YearValue(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
    public static string Range(DateOnly a, DateOnly b) => Day(a) + "/" + Day(b);
}
