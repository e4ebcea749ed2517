using Marsad.Text;

namespace Marsad.Extract.Times;

/// <summary>What a time expression says, before it is resolved to a value.</summary>
internal enum MentionKind : byte
{
    /// <summary>A calendar day: "الأربعاء 11 نيسان"، "11/4/2018"، "15 رمضان 1439 هـ".</summary>
    Date,
    /// <summary>A month, with or without its year: "نيسان 2018"، "شهر آب"، "نيسان الماضي".</summary>
    Month,
    /// <summary>A year: "عام 2018"، "2018م".</summary>
    Year,
    /// <summary>A weekday without a date: "يوم الجمعة"، "(الخميس)"، "الجمعة الماضية".</summary>
    Weekday,
    /// <summary>A day counted from publication: "أمس"، "اليوم"، "غداً"، "صباح اليوم".</summary>
    DayOffset,
    /// <summary>A week, month or year counted from publication: "الأسبوع المقبل"، "الشهر الماضي".</summary>
    Period,
    /// <summary>A point counted back from publication: "منذ ثلاثة أيام"، "قبل أسبوع".</summary>
    Ago,
    /// <summary>The stretch just before publication: "اليومين الماضيين"، "خلال الساعات الماضية".</summary>
    Recent,
    /// <summary>A length of time: "48 ساعة"، "أكثر من عام".</summary>
    Duration,
    /// <summary>A range of days: "بين 9 و15 نيسان".</summary>
    DateRange,
}

/// <summary>
/// One time expression found by <see cref="TimeScanner"/>: its span and the parts the text gives.
/// Zero in <see cref="Day"/>, <see cref="Month"/> or <see cref="Year"/> means "not written".
/// </summary>
internal sealed class TimeMention
{
    public required MentionKind Kind { get; init; }
    public required TextSpan Span { get; set; }
    public required int FirstToken { get; set; }
    public required int EndToken { get; set; }

    public CalendarKind Calendar { get; set; }
    public int Day { get; set; }
    public int Month { get; set; }
    public int Year { get; set; }
    public DayOfWeek? Weekday { get; set; }
    public Direction Direction { get; set; }
    /// <summary>DayOffset: days from publication (أمس = -1).</summary>
    public int Offset { get; set; }
    /// <summary>Period, Ago, Recent, Duration: 'W' 'M' 'Y' 'D' 'H' or <see cref="TimeUnit.Minute"/>.</summary>
    public char Unit { get; set; }
    /// <summary>Ago, Recent, Duration: how many units (0 for an unstated plural, as in "الساعات الماضية").</summary>
    public int Count { get; set; }
    /// <summary>DateRange: the last day, its month and year (0 = as the first day's).</summary>
    public int EndDay { get; set; }
    public int EndMonth { get; set; }
    public int EndYear { get; set; }
    /// <summary>A future cue ("سوف"، "من المقرر") precedes a bare weekday in its sentence.</summary>
    public bool FutureContext { get; set; }

    /// <summary>The resolved ISO 8601 value, or null where the text does not fix it.</summary>
    public string? Value { get; set; }
    /// <summary>The resolved calendar day, for dates that have one (used as anchors).</summary>
    public DateOnly? ResolvedDate { get; set; }
}
