using System.Globalization;

namespace Marsad.Extract.Times;

/// <summary>
/// Gives every mention its ISO 8601 value. Absolute dates use their written year, else a weekday
/// fixes the year, else the publication date (or, without one, a dated anchor in the article) picks
/// the nearest year. Relative expressions count from publication and stay null without it.
/// </summary>
internal static class TimeResolver
{
    /// <summary>What a value is resolved against.</summary>
    /// <param name="Published">Publication date, given or inferred.</param>
    /// <param name="AnchorYear">
    /// The latest (Gregorian) year the article itself writes, not after the reference year, used
    /// when there is no publication date: an article is rarely older than the latest year it names.
    /// </param>
    /// <param name="Reference">Today (or the archive's crawl date): the latest a weekday-fixed year may fall when nothing else anchors it.</param>
    public readonly record struct Context(DateOnly? Published, int? AnchorYear, DateOnly Reference);

    /// <summary>
    /// How far past the reference date a weekday-fixed date may fall when nothing else anchors it:
    /// a report may announce the coming week.
    /// </summary>
    private const int ReferenceSlackDays = 7;

    /// <summary>
    /// An anchor year this close to the reference year says the article is recent, so the reference
    /// date, not the anchor, centres a weekday-fixed year. Measured on SaudiNewsNet 2015 (reference
    /// 2015-08-15): articles naming 2008 as their latest year were still from 2015.
    /// </summary>
    private const int RecentAnchorYears = 7;

    public static void Resolve(List<TimeMention> mentions, Context ctx)
    {
        foreach (var m in mentions)
            if (m.Kind != MentionKind.Weekday) ResolveOne(m, ctx);
        // Weekdays last: without a publication date they may take a date the article states.
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Weekday) m.Value = ResolveWeekday(m, ctx, mentions);
    }

    /// <summary>The calendar day a day/month names, fixing a missing year (null when nothing fixes it).</summary>
    public static DateOnly? ResolveDay(int year, int month, int day, CalendarKind calendar, DayOfWeek? weekday, Direction direction, Context ctx)
    {
        if (year != 0) return CalendarMath.MakeDate(year, month, day, calendar);
        if (ctx.Published is DateOnly p)
        {
            return weekday is DayOfWeek pw
                ? CalendarMath.FixYearByWeekday(month, day, pw, calendar, p, null)
                : CalendarMath.NearestYear(month, day, calendar, p, direction);
        }
        if (ctx.AnchorYear is int anchorYear)
        {
            // The same day in the anchor year (for a Hijri day, the Hijri year around mid-anchor-year).
            var around = calendar == CalendarKind.Gregorian && CalendarMath.MakeDate(anchorYear, month, Math.Min(day, 28), calendar) is DateOnly same
                ? same : new DateOnly(anchorYear, 7, 1);
            // The anchor is a lower bound (an article is rarely older than the latest year it
            // names). When it is recent, the latest fitting day not after the reference wins;
            // when it is old, the reference is likely not the article's time either: the day
            // nearest the anchor wins.
            if (weekday is DayOfWeek aw && ctx.Reference.Year - anchorYear <= RecentAnchorYears
                && CalendarMath.FixYearByWeekday(month, day, aw, calendar, ctx.Reference, ctx.Reference.AddDays(ReferenceSlackDays)) is DateOnly latest
                && latest.Year >= anchorYear)
                return latest;
            return weekday is DayOfWeek aw2
                ? CalendarMath.FixYearByWeekday(month, day, aw2, calendar, around, null)
                : calendar == CalendarKind.Gregorian ? CalendarMath.MakeDate(anchorYear, month, day, calendar)
                : CalendarMath.NearestYear(month, day, calendar, around, direction);
        }
        if (weekday is DayOfWeek w)
            return CalendarMath.FixYearByWeekday(month, day, w, calendar, ctx.Reference, ctx.Reference.AddDays(ReferenceSlackDays));
        return null;
    }

    private static void ResolveOne(TimeMention m, Context ctx)
    {
        switch (m.Kind)
        {
            case MentionKind.Date when m.Month == 0:
                // A day of a month counted from publication ("15 من الشهر الجاري").
                if (ctx.Published is DateOnly pm)
                {
                    var month = pm.AddMonths(m.Offset);
                    if (CalendarMath.MakeDate(month.Year, month.Month, m.Day, CalendarKind.Gregorian) is DateOnly dm)
                    {
                        m.ResolvedDate = dm;
                        m.Value = CalendarMath.Day(dm);
                    }
                }
                break;
            case MentionKind.Date:
            {
                var d = ResolveDay(m.Year, m.Month, m.Day, m.Calendar, m.Weekday, m.Direction, ctx);
                m.ResolvedDate = d;
                m.Value = d is DateOnly v ? CalendarMath.Day(v)
                    : m.Calendar == CalendarKind.Gregorian && m.Year == 0 ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}-{m.Day:D2}") : null;
                break;
            }
            case MentionKind.DateRange:
            {
                int year = m.Year != 0 ? m.Year : m.EndYear;
                var end = ResolveDay(m.EndYear != 0 ? m.EndYear : year, m.EndMonth, m.EndDay, m.Calendar, null, Direction.None, ctx);
                DateOnly? start = end is DateOnly e
                    ? CalendarMath.MakeDate(CalendarMath.YearOf(e, m.Calendar), m.Month, m.Day, m.Calendar)
                    : ResolveDay(year, m.Month, m.Day, m.Calendar, null, Direction.None, ctx);
                if (start is DateOnly s && end is DateOnly e2 && s > e2) start = CalendarMath.MakeDate(CalendarMath.YearOf(e2, m.Calendar) - 1, m.Month, m.Day, m.Calendar);
                if (start is DateOnly s2 && end is DateOnly e3 && s2 <= e3) { m.Value = CalendarMath.Range(s2, e3); m.ResolvedDate = s2; }
                else if (m.Calendar == CalendarKind.Gregorian && year == 0 && ctx.Published is null && ctx.AnchorYear is null)
                    m.Value = string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}-{m.Day:D2}/XXXX-{m.EndMonth:D2}-{m.EndDay:D2}");
                break;
            }
            case MentionKind.Month:
                m.Value = ResolveMonth(m, ctx);
                break;
            case MentionKind.Year:
                if (m.Calendar == CalendarKind.Gregorian) m.Value = CalendarMath.YearValue(m.Year);
                else if (CalendarMath.MonthBounds(m.Year, 1, CalendarKind.Islamic) is var (first, _) && CalendarMath.MonthBounds(m.Year, 12, CalendarKind.Islamic) is var (_, last))
                    m.Value = CalendarMath.Range(first, last);
                break;
            case MentionKind.DayOffset:
                if (ctx.Published is DateOnly p)
                {
                    var d = p.AddDays(m.Offset);
                    m.ResolvedDate = d;
                    m.Value = CalendarMath.Day(d);
                }
                break;
            case MentionKind.Period:
                if (ctx.Published is DateOnly pub) m.Value = ResolvePeriod(m, pub);
                break;
            case MentionKind.Ago:
                if (ctx.Published is DateOnly pa && WithinCalendar(m)) m.Value = ResolveAgo(m, pa);
                break;
            case MentionKind.Recent:
                if (ctx.Published is DateOnly pr && WithinCalendar(m)) m.Value = ResolveRecent(m, pr);
                break;
            case MentionKind.Duration:
                m.Value = Duration(m.Count, m.Unit);
                break;
        }
    }

    /// <summary>
    /// Counting back more than this many days leaves any date a news report means ("منذ 5000 سنة"
    /// is history, not a date to resolve) and could leave the calendar's range.
    /// </summary>
    private const long MaxCountBackDays = 36_600;

    private static bool WithinCalendar(TimeMention m)
    {
        long unitDays = m.Unit switch { 'W' => 7, 'M' => 31, 'Y' => 366, _ => 1 };
        return (long)m.Count * unitDays <= MaxCountBackDays;
    }

    private static string? ResolveMonth(TimeMention m, Context ctx)
    {
        int year = m.Year;
        if (year == 0)
        {
            DateOnly around;
            if (ctx.Published is DateOnly p) around = p;
            else if (ctx.AnchorYear is int y) around = new DateOnly(y, 7, 1);
            else return m.Calendar == CalendarKind.Gregorian ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}") : null;
            if (ctx.Published is null && m.Calendar == CalendarKind.Gregorian) year = around.Year;
            else if (m.Direction == Direction.Current) year = CalendarMath.YearOf(around, m.Calendar);
            else
            {
                // "نيسان الماضي" read in April means last year's April: compare whole months.
                int y0 = CalendarMath.YearOf(around, m.Calendar);
                int monthNow = CalendarMath.MonthOf(around, m.Calendar);
                year = m.Direction switch
                {
                    Direction.Past => m.Month < monthNow ? y0 : y0 - 1,
                    Direction.Future => m.Month > monthNow ? y0 : y0 + 1,
                    _ => CalendarMath.NearestYear(m.Month, 15, m.Calendar, around) is DateOnly d ? CalendarMath.YearOf(d, m.Calendar) : y0,
                };
            }
        }
        if (m.Calendar == CalendarKind.Gregorian) return CalendarMath.MonthValue(year, m.Month);
        return CalendarMath.MonthBounds(year, m.Month, CalendarKind.Islamic) is var (first, last) ? CalendarMath.Range(first, last) : null;
    }


    private static string? ResolveWeekday(TimeMention m, Context ctx, List<TimeMention> all)
    {
        var w = m.Weekday!.Value;
        if (ctx.Published is DateOnly p)
        {
            DateOnly d = m.Direction switch
            {
                Direction.Past => CalendarMath.NearestWeekday(p, w, forward: false, strict: true),
                Direction.Future => CalendarMath.NearestWeekday(p, w, forward: true, strict: true),
                _ => CalendarMath.NearestWeekday(p, w, forward: m.FutureContext, strict: false),
            };
            m.ResolvedDate = d;
            return CalendarMath.Day(d);
        }
        // Without a publication date, "الجمعة الماضية" is the Friday the article dates, when it
        // dates exactly one ("دخل يوم الجمعة 13 نيسان … جولة المفاوضات التي جرت الجمعة الماضية").
        DateOnly? only = null;
        foreach (var other in all)
        {
            if (other.Kind != MentionKind.Date || other.ResolvedDate is not DateOnly d || d.DayOfWeek != w) continue;
            if (only is DateOnly o && o != d) return null;
            only = d;
        }
        if (only is DateOnly chosen) { m.ResolvedDate = chosen; return CalendarMath.Day(chosen); }
        return null;
    }

    private static string ResolvePeriod(TimeMention m, DateOnly p)
    {
        int step = m.Direction switch { Direction.Past => -1, Direction.Future => 1, _ => 0 };
        switch (m.Unit)
        {
            case 'W':
                var monday = CalendarMath.WeekStart(p).AddDays(7 * step);
                return CalendarMath.Range(monday, monday.AddDays(6));
            case 'M':
                var month = p.AddMonths(step);
                return CalendarMath.MonthValue(month.Year, month.Month);
            default:
                return CalendarMath.YearValue(p.Year + step);
        }
    }

    private static string? ResolveAgo(TimeMention m, DateOnly p)
    {
        switch (m.Unit)
        {
            case 'D': { var d = p.AddDays(-m.Count); m.ResolvedDate = d; return CalendarMath.Day(d); }
            case 'W': { var d = p.AddDays(-7 * m.Count); m.ResolvedDate = d; return CalendarMath.Day(d); }
            case 'M': { var d = p.AddMonths(-m.Count); return CalendarMath.MonthValue(d.Year, d.Month); }
            case 'Y': return CalendarMath.YearValue(p.Year - m.Count);
            default: return null;
        }
    }

    /// <summary>
    /// The stretch just before publication. Whole days or weeks end the day before publication
    /// ("اليومين الماضيين" read on the 12th = the 10th and 11th); hours reach into the day itself
    /// ("الساعات الماضية" = from the day before to publication).
    /// </summary>
    private static string? ResolveRecent(TimeMention m, DateOnly p)
    {
        switch (m.Unit)
        {
            case 'H':
            case TimeUnit.Minute:
                int days = m.Unit == 'H' && m.Count > 24 ? (m.Count + 23) / 24 : 1;
                return CalendarMath.Range(p.AddDays(-days), p);
            case 'D': return CalendarMath.Range(p.AddDays(-m.Count), p.AddDays(-1));
            case 'W': return CalendarMath.Range(p.AddDays(-7 * m.Count), p.AddDays(-1));
            case 'M': return CalendarMath.Range(p.AddMonths(-m.Count), p.AddDays(-1));
            case 'Y': return CalendarMath.Range(p.AddYears(-m.Count), p.AddDays(-1));
            default: return null;
        }
    }

    /// <summary>ISO 8601 duration: P3D, P2W, P1Y, PT48H, PT30M.</summary>
    public static string Duration(int count, char unit) => unit switch
    {
        'H' => string.Create(CultureInfo.InvariantCulture, $"PT{count}H"),
        TimeUnit.Minute => string.Create(CultureInfo.InvariantCulture, $"PT{count}M"),
        _ => string.Create(CultureInfo.InvariantCulture, $"P{count}{unit}"),
    };
}
