using System.Globalization;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Times;

/// <summary>Which calendar a month name belongs to.</summary>
internal enum CalendarKind : byte { Gregorian, Islamic }

/// <summary>A month name: its number, calendar and whether it needs context to count (see months.variants.tsv).</summary>
internal readonly record struct MonthName(int Number, CalendarKind Calendar, bool Weak);

/// <summary>Where a modifier points: "الماضي" past, "المقبل" future, "الحالي" current.</summary>
internal enum Direction : byte { None, Past, Future, Current }

/// <summary>A duration unit word: its unit letter and how many it counts (0 for a plural).</summary>
internal readonly record struct TimeUnit(char Unit, int Count)
{
    /// <summary>'N' stands for minutes inside Marsad (ISO writes them M after T).</summary>
    public const char Minute = 'N';
    public bool IsPlural => Count == 0;
}

/// <summary>
/// Every time word Marsad knows, loaded once from resources/time/: month names (CLDR import plus
/// curated variants), weekday names, relative words, duration units and phrases that are never
/// times. Immutable and thread-safe once loaded.
/// </summary>
internal sealed class TimeLexicon
{
    public const string MonthsFormat = "marsad.months/1";
    public const string WeekdaysFormat = "marsad.weekdays/1";
    public const string WordsFormat = "marsad.time-words/1";
    public const string UnitsFormat = "marsad.time-units/1";
    public const string NotTimesFormat = "marsad.not-times/1";

    public PhraseTable<MonthName> Months { get; } = new();
    public PhraseTable<DayOfWeek> Weekdays { get; } = new();
    public PhraseTable<int> DayOffsets { get; } = new();
    public PhraseTable<int> DayNouns { get; } = new();
    public PhraseTable<int> PartsOfDay { get; } = new();
    public PhraseTable<Direction> Modifiers { get; } = new();
    public PhraseTable<char> Periods { get; } = new();
    public PhraseTable<int> This { get; } = new();
    public PhraseTable<int> Ago { get; } = new();
    public PhraseTable<int> DurationLeads { get; } = new();
    public PhraseTable<int> Hedges { get; } = new();
    public PhraseTable<int> Fillers { get; } = new();
    public PhraseTable<int> Connectors { get; } = new();
    public PhraseTable<int> YearNouns { get; } = new();
    public PhraseTable<int> MonthNouns { get; } = new();
    public PhraseTable<CalendarKind> Eras { get; } = new();
    public PhraseTable<string> RangeOpeners { get; } = new();
    public PhraseTable<int> FutureCues { get; } = new();
    public PhraseTable<int> PublishedCues { get; } = new();
    public PhraseTable<TimeUnit> Units { get; } = new();
    public PhraseTable<int> NotTimes { get; } = new();
    public PhraseTable<int> Ordinals { get; } = new();
    public const string OrdinalsFormat = "marsad.ordinals/1";

    /// <summary>
    /// Every normalised word that can start a time expression (the first word of any phrase above),
    /// so the scanner skips the many tokens that cannot with one or two lookups instead of one per table.
    /// </summary>
    private Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _starterLookup =
        new Dictionary<string, bool>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a time expression may start at this normalised word (proclitics allowed).</summary>
    public bool MayStart(ReadOnlySpan<char> form) => Numbers.Proclitics.TryLookup(_starterLookup, form, allowProclitics: true, out _, out _);

    /// <summary>Adds the first words of the number lexicon (a count starts a duration) and builds the starter set.</summary>
    public void Seal(IEnumerable<string> numberWords)
    {
        var starters = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var table in new IEnumerable<string>[]
                 {
                     Months.FirstForms, Weekdays.FirstForms, DayOffsets.FirstForms, DayNouns.FirstForms, PartsOfDay.FirstForms,
                     Periods.FirstForms, This.FirstForms, Ago.FirstForms, DurationLeads.FirstForms, Hedges.FirstForms,
                     YearNouns.FirstForms, MonthNouns.FirstForms, RangeOpeners.FirstForms, Units.FirstForms, NotTimes.FirstForms, Ordinals.FirstForms, numberWords,
                 })
            foreach (var f in table) starters[f] = true;
        starters["ال"] = true; // "الـ24 ساعة الماضية"
        _starterLookup = starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<TimeLexicon> ShippedInstance = new(() => Load(ResourceSet.Shipped, Numbers.ArabicNumbers.Shipped));

    /// <summary>The shipped lexicon, loaded once.</summary>
    public static TimeLexicon Shipped => ShippedInstance.Value;

    /// <summary>Loads resources/time/*.tsv from every root of the set, shipped first.</summary>
    /// <exception cref="ResourceFormatException">A malformed line (names file and line).</exception>
    public static TimeLexicon Load(ResourceSet resources, Numbers.ArabicNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var lex = new TimeLexicon();
        resources.Required("time/months.cldr.tsv");
        resources.Required("time/words.tsv");
        // A flag line may repeat a form from another file; flags of all lines for one form add up.
        var months = new Dictionary<(string Form, int Number, CalendarKind Calendar), bool>();
        foreach (var name in new[] { "time/months.cldr.tsv", "time/months.variants.tsv" })
            foreach (var file in resources.Files(name))
                ReadMonths(file, months);
        foreach (var ((form, number, calendar), weak) in months)
            lex.Months.Add(form, new MonthName(number, calendar, weak));
        foreach (var name in new[] { "time/weekdays.cldr.tsv", "time/weekdays.variants.tsv" })
            foreach (var file in resources.Files(name))
                foreach (var line in TsvResource.Read(file, WeekdaysFormat, 2))
                    lex.Weekdays.Add(line[0], IsoToDayOfWeek(ParseInt(line, 1, 1, 7)));
        foreach (var file in resources.Files("time/words.tsv"))
            foreach (var line in TsvResource.Read(file, WordsFormat, 3))
                lex.AddWord(line);
        foreach (var file in resources.Files("time/units.tsv"))
            foreach (var line in TsvResource.Read(file, UnitsFormat, 3))
                lex.Units.Add(line[0], ParseUnit(line));
        foreach (var file in resources.Files("time/not-times.tsv"))
            foreach (var line in TsvResource.Read(file, NotTimesFormat, 1))
                lex.NotTimes.Add(line[0], 0);
        foreach (var file in resources.Files("time/ordinals.tsv"))
            foreach (var line in TsvResource.Read(file, OrdinalsFormat, 2))
                lex.Ordinals.Add(line[0], ParseInt(line, 1, 1, 31));
        lex.Seal(numbers.Forms);
        return lex;
    }

    private static void ReadMonths(string file, Dictionary<(string, int, CalendarKind), bool> months)
    {
        foreach (var line in TsvResource.Read(file, MonthsFormat, 3))
        {
            int number = ParseInt(line, 1, 1, 12);
            var calendar = line[2].Trim() switch
            {
                "gregorian" => CalendarKind.Gregorian,
                "islamic" => CalendarKind.Islamic,
                var other => throw line.Error($"calendar '{other}' is not gregorian or islamic"),
            };
            bool weak = false;
            foreach (var flag in (line.Optional(4) ?? "").Split(','))
            {
                var f = flag.Trim();
                if (f.Length == 0) continue;
                if (f != "weak") throw line.Error($"unknown month flag '{f}' (only 'weak')");
                weak = true;
            }
            // Key on the normalised form with white space unified, so "تشرين الأول" with a no-break space is the same name.
            var form = string.Join(' ', NormalizedText.Normalize(line[0]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (form.Length == 0) throw line.Error("empty month name");
            var key = (form, number, calendar);
            months[key] = (months.TryGetValue(key, out bool was) && was) || weak;
        }
    }

    private void AddWord(TsvLine line)
    {
        string phrase = line[0], value = line[2].Trim();
        switch (line[1].Trim())
        {
            case "day": DayOffsets.Add(phrase, ParseInt(line, 2, -7, 7)); break;
            case "day-noun": DayNouns.Add(phrase, 0); break;
            case "part-of-day": PartsOfDay.Add(phrase, 0); break;
            case "weekday-extra": Weekdays.Add(phrase, IsoToDayOfWeek(ParseInt(line, 2, 1, 7))); break;
            case "modifier":
                Modifiers.Add(phrase, value switch
                {
                    "past" => Direction.Past,
                    "future" => Direction.Future,
                    "current" => Direction.Current,
                    _ => throw line.Error($"modifier value '{value}' is not past, future or current"),
                });
                break;
            case "period":
                Periods.Add(phrase, value switch
                {
                    "week" => 'W',
                    "month" => 'M',
                    "year" => 'Y',
                    _ => throw line.Error($"period value '{value}' is not week, month or year"),
                });
                break;
            case "this": This.Add(phrase, 0); break;
            case "ago": Ago.Add(phrase, 0); break;
            case "duration-lead": DurationLeads.Add(phrase, 0); break;
            case "hedge": Hedges.Add(phrase, 0); break;
            case "filler": Fillers.Add(phrase, 0); break;
            case "connector": Connectors.Add(phrase, 0); break;
            case "year-noun": YearNouns.Add(phrase, 0); break;
            case "month-noun": MonthNouns.Add(phrase, 0); break;
            case "era":
                Eras.Add(phrase, value switch
                {
                    "gregorian" => CalendarKind.Gregorian,
                    "islamic" => CalendarKind.Islamic,
                    _ => throw line.Error($"era value '{value}' is not gregorian or islamic"),
                });
                break;
            case "range-open": RangeOpeners.Add(phrase, NormalizedText.Normalize(value)); break;
            case "future-cue": FutureCues.Add(phrase, 0); break;
            case "published-cue": PublishedCues.Add(phrase, 0); break;
            default: throw line.Error($"unknown time-word kind '{line[1]}' (see the header of resources/time/words.tsv)");
        }
    }

    private static TimeUnit ParseUnit(TsvLine line)
    {
        char unit = line[1].Trim() switch
        {
            "MIN" => TimeUnit.Minute,
            "H" => 'H',
            "D" => 'D',
            "W" => 'W',
            "M" => 'M',
            "Y" => 'Y',
            var other => throw line.Error($"unit '{other}' is not MIN, H, D, W, M or Y"),
        };
        var count = line[2].Trim();
        return new TimeUnit(unit, count == "n" ? 0 : ParseInt(line, 2, 1, 2));
    }

    private static int ParseInt(TsvLine line, int field, int min, int max)
    {
        if (!int.TryParse(line[field].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) || v < min || v > max)
            throw line.Error($"field {field + 1} '{line[field]}' is not a number from {min} to {max}");
        return v;
    }

    private static DayOfWeek IsoToDayOfWeek(int iso) => (DayOfWeek)(iso % 7);
}
