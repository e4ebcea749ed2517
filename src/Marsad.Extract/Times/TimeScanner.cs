using Marsad.Extract.Numbers;
using Marsad.Text;

namespace Marsad.Extract.Times;

/// <summary>
/// Finds time expressions in an analysed text: one left-to-right pass over the tokens, trying at
/// each token the expression shapes below (longest first) and dictionary lookups on normalised
/// forms; no regular expressions. It records what the text says (<see cref="TimeMention"/>);
/// <see cref="TimeResolver"/> turns that into values.
/// </summary>
/// <remarks>
/// Span conventions (from the sample gold): a weekday, "يوم" and a part of the day belong to the
/// date ("يوم الجمعة 13 نيسان"، "صباح اليوم"); "أمس" and a following date are two times
/// ("أمس، الأربعاء 11 نيسان"); parentheses and proclitics lie outside ("(الخميس)" → "الخميس"،
/// "لأكثر" → "أكثر"); a hedge lies inside a duration ("أكثر من عام"), the preposition before it
/// outside ("منذ أكثر من عام" → "أكثر من عام").
/// </remarks>
internal sealed class TimeScanner(TimeLexicon lex, ArabicNumbers numbers)
{
    /// <summary>How far back in its sentence a future cue makes a bare weekday upcoming, in tokens.</summary>
    private const int FutureCueWindow = 8;

    public List<TimeMention> Scan(AnalysedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TimeMention>();
        int n = text.Tokens.Length;
        int i = 0;
        while (i < n)
        {
            var kind = text.Tokens[i].Kind;
            if (kind != TokenKind.Number && (kind != TokenKind.Word || !lex.MayStart(text.Normalized(i)))) { i++; continue; }
            if (lex.NotTimes.TryMatch(text, i, allowProclitics: true, out var blocked)) { i = blocked.EndToken; continue; }
            var m = TryAt(text, i);
            if (m is null) { i++; continue; }
            found.Add(m);
            i = Math.Max(m.EndToken, i + 1);
        }
        LendWeekdays(text, found);
        return found;
    }

    /// <summary>
    /// "(الجمعة) 13 نيسان": a weekday in parentheses right before a date stays its own time (the
    /// parentheses lie outside spans) but still tells the date its weekday, which fixes its year.
    /// </summary>
    private static void LendWeekdays(AnalysedText t, List<TimeMention> found)
    {
        for (int k = 0; k + 1 < found.Count; k++)
        {
            var w = found[k];
            var d = found[k + 1];
            if (w.Kind != MentionKind.Weekday || w.Direction != Direction.None || d.Kind != MentionKind.Date || d.Weekday is not null || d.Month == 0) continue;
            if (d.FirstToken - w.EndToken is < 1 or > 2) continue;
            bool onlyPunctuation = true;
            for (int x = w.EndToken; x < d.FirstToken; x++) onlyPunctuation &= t.Tokens[x].Kind == TokenKind.Punctuation;
            if (onlyPunctuation) d.Weekday = w.Weekday;
        }
    }

    private TimeMention? TryAt(AnalysedText text, int i) =>
        text.Tokens[i].Kind switch
        {
            TokenKind.Number => TryNumericDate(text, i) ?? TryDigitRange(text, i) ?? TryDayMonth(text, i, i, -1) ?? TryYear(text, i) ?? TryCount(text, i),
            TokenKind.Word => TryRange(text, i) ?? TryDayLed(text, i) ?? TryDayMonth(text, i, i, -1) ?? TryMonthLed(text, i) ?? TryYear(text, i)
                              ?? TryPeriod(text, i) ?? TryCount(text, i),
            _ => null,
        };

    // ---- token helpers ----

    private static bool IsPunct(AnalysedText t, int i, char c) =>
        i < t.Tokens.Length && t.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && t.Tokens[i].Length == 1 && t.Text[t.Tokens[i].Start] == c;

    private static bool IsWord(AnalysedText t, int i, string normalized) =>
        i < t.Tokens.Length && t.Tokens[i].Kind == TokenKind.Word && t.Normalized(i) == normalized;

    /// <summary>A plain integer token (digits only, any script) and its value.</summary>
    private static bool TryInteger(AnalysedText t, int i, out int value)
    {
        value = 0;
        if (i >= t.Tokens.Length || t.Tokens[i].Kind != TokenKind.Number) return false;
        var s = t.Normalized(i);
        if (s.Length > 6) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// Plausible written years: Gregorian 1000-2100 (history is dated too: "29 مايو 1453"),
    /// Hijri 1300-1600 (1882-2175 CE); outside these a four-digit number is a count.
    /// </summary>
    private static bool IsYear(int y, CalendarKind calendar) =>
        calendar == CalendarKind.Islamic ? y is >= 1300 and <= 1600 : y is >= 1000 and <= 2100;

    // ---- dates led by a weekday, a day word or "يوم" ----

    /// <summary>[part of day] [يوم] then a deictic day ("أمس"), a weekday (with or without a date) or a date.</summary>
    private TimeMention? TryDayLed(AnalysedText t, int i)
    {
        int j = i, start = -1;
        if (lex.PartsOfDay.TryMatch(t, j, allowProclitics: true, out var part)) { start = part.Start; j = part.EndToken; }
        bool dayNoun = false;
        if (lex.DayNouns.TryMatch(t, j, allowProclitics: start < 0, out var yawm)) { if (start < 0) start = yawm.Start; j = yawm.EndToken; dayNoun = true; }

        if (lex.DayOffsets.TryMatch(t, j, allowProclitics: start < 0, out var deictic))
        {
            if (deictic.EndToken - deictic.FirstToken == 1 && deictic.Payload == 0 && start < 0 && StartsOrdinalPhrase(t, deictic.EndToken))
                return null; // "اليوم التالي"، "اليوم الأول": counted from another day, not from publication
            return new TimeMention
            {
                Kind = MentionKind.DayOffset, Offset = deictic.Payload,
                Span = new TextSpan(start < 0 ? deictic.Start : start, deictic.End), FirstToken = i, EndToken = deictic.EndToken,
            };
        }
        if (lex.Weekdays.TryMatch(t, j, allowProclitics: start < 0, out var weekday))
        {
            if (start < 0) start = weekday.Start;
            // "الأربعاء 11 نيسان"، "الخميس، 12 نيسان"، "الأربعاء الموافق 11 نيسان"
            int k = weekday.EndToken;
            if (IsPunct(t, k, '،') || IsPunct(t, k, ',')) k++;
            if (lex.Connectors.TryMatch(t, k, false, out var conn)) k = conn.EndToken;
            var date = TryDayMonth(t, k, i, start);
            if (date is not null) { date.Weekday = weekday.Payload; return date; }
            var m = new TimeMention
            {
                Kind = MentionKind.Weekday, Weekday = weekday.Payload,
                Span = new TextSpan(start, weekday.End), FirstToken = i, EndToken = weekday.EndToken,
            };
            if (lex.Modifiers.TryMatch(t, weekday.EndToken, false, out var mod) && mod.Payload is Direction.Past or Direction.Future)
            {
                m.Direction = mod.Payload;
                m.Span = new TextSpan(start, mod.End);
                m.EndToken = mod.EndToken;
            }
            m.FutureContext = HasFutureCueBefore(t, weekday.FirstToken);
            return m;
        }
        if (dayNoun) return TryDayMonth(t, j, i, start);
        return null;
    }

    /// <summary>"اليوم" followed by a definite adjective that is not a weekday or month ("اليوم التالي").</summary>
    private bool StartsOrdinalPhrase(AnalysedText t, int k)
    {
        if (k >= t.Tokens.Length || t.Tokens[k].Kind != TokenKind.Word) return false;
        var next = t.Normalized(k);
        if (!next.StartsWith("ال", StringComparison.Ordinal)) return next is "الذي";
        return !lex.Weekdays.TryMatch(t, k, false, out _) && !lex.Months.TryMatch(t, k, false, out _);
    }

    private bool HasFutureCueBefore(AnalysedText t, int tokenIndex)
    {
        int sentence = t.SentenceOf(tokenIndex);
        int from = sentence < 0 ? 0 : t.Sentences[sentence].FirstToken;
        for (int k = Math.Max(from, tokenIndex - FutureCueWindow); k < tokenIndex; k++)
            if (lex.FutureCues.TryMatch(t, k, allowProclitics: true, out _)) return true;
        return false;
    }

    /// <summary>
    /// DAY [من] MONTH [/MONTH | (MONTH)] [YEAR [era] | عام YEAR] [modifier], starting at token
    /// <paramref name="j"/>; the mention starts at token <paramref name="first"/> and offset
    /// <paramref name="start"/> (or at the day when <paramref name="start"/> is negative).
    /// </summary>
    private TimeMention? TryDayMonth(AnalysedText t, int j, int first, int start)
    {
        int day, k;
        if (TryInteger(t, j, out day))
        {
            if (day is < 1 or > 31) return null;
            k = j + 1;
            if (IsWord(t, k, "من")) k++;
        }
        else if (lex.Ordinals.TryMatch(t, j, allowProclitics: false, out var ordinal) && IsWord(t, ordinal.EndToken, "من"))
        {
            // "التاسع من أغسطس": an ordinal day needs "من" (bare "الأول" is an adjective).
            day = ordinal.Payload;
            k = ordinal.EndToken + 1;
        }
        else return null;
        if (lex.MonthNouns.TryMatch(t, k, false, out var monthNoun) && lex.Months.TryMatch(t, monthNoun.EndToken, false, out _)) k = monthNoun.EndToken;
        if (!lex.Months.TryMatch(t, k, allowProclitics: false, out var month))
        {
            // "15 من الشهر الجاري"، "3 من الشهر الماضي": a day of a month counted from publication.
            if (k == j + 1 || !lex.Periods.TryMatch(t, k, false, out var period) || period.Payload != 'M'
                || !lex.Modifiers.TryMatch(t, period.EndToken, false, out var mod)) return null;
            return new TimeMention
            {
                Kind = MentionKind.Date, Day = day, Month = 0, Direction = mod.Payload,
                Offset = mod.Payload switch { Direction.Past => -1, Direction.Future => 1, _ => 0 },
                Span = new TextSpan(start < 0 ? t.Tokens[j].Start : start, mod.End), FirstToken = first, EndToken = mod.EndToken,
            };
        }
        var m = new TimeMention
        {
            Kind = MentionKind.Date, Day = day, Month = month.Payload.Number, Calendar = month.Payload.Calendar,
            Span = new TextSpan(start < 0 ? t.Tokens[j].Start : start, month.End), FirstToken = first, EndToken = month.EndToken,
        };
        ExtendMonthTail(t, m, month.Payload.Calendar);
        return m;
    }

    /// <summary>After a month name: a second name for the same month, a year, an era, a modifier.</summary>
    private void ExtendMonthTail(AnalysedText t, TimeMention m, CalendarKind calendar)
    {
        int k = m.EndToken;
        // "نيسان/أبريل"، "أبريل (نيسان)": the same month named twice.
        if (IsPunct(t, k, '/') || IsPunct(t, k, '(') || IsPunct(t, k, '-'))
        {
            bool paren = IsPunct(t, k, '(');
            if (lex.Months.TryMatch(t, k + 1, false, out var again) && again.Payload.Number == m.Month && again.Payload.Calendar == calendar)
            {
                int end = again.EndToken;
                int endOffset = again.End;
                if (paren && IsPunct(t, end, ')')) { endOffset = t.Tokens[end].End; end++; }
                k = end;
                m.EndToken = end;
                m.Span = m.Span with { End = endOffset };
            }
        }
        int y = k;
        if (lex.YearNouns.TryMatch(t, y, allowProclitics: true, out var yearNoun)) y = yearNoun.EndToken;
        if (TryInteger(t, y, out int year) && IsYear(year, calendar))
        {
            m.Year = year;
            k = y + 1;
            m.EndToken = k;
            m.Span = m.Span with { End = t.Tokens[y].End };
            if (lex.Eras.TryMatch(t, k, false, out var era) && era.Payload == calendar)
            {
                m.EndToken = era.EndToken;
                m.Span = m.Span with { End = era.End };
                k = era.EndToken;
            }
            return;
        }
        if (lex.Modifiers.TryMatch(t, k, false, out var mod))
        {
            m.Direction = mod.Payload;
            m.EndToken = mod.EndToken;
            m.Span = m.Span with { End = mod.End };
        }
    }

    // ---- months and years ----

    /// <summary>[شهر] MONTH [/MONTH] [YEAR] [modifier]; a weak name needs شهر, a year, a modifier or a second name.</summary>
    private TimeMention? TryMonthLed(AnalysedText t, int i)
    {
        int j = i, start = -1;
        bool monthNoun = false;
        if (lex.MonthNouns.TryMatch(t, j, allowProclitics: true, out var noun)) { start = noun.Start; j = noun.EndToken; monthNoun = true; }
        if (!lex.Months.TryMatch(t, j, allowProclitics: !monthNoun, out var month)) return null;
        var m = new TimeMention
        {
            Kind = MentionKind.Month, Month = month.Payload.Number, Calendar = month.Payload.Calendar,
            Span = new TextSpan(start < 0 ? month.Start : start, month.End), FirstToken = i, EndToken = month.EndToken,
        };
        int before = m.EndToken;
        ExtendMonthTail(t, m, month.Payload.Calendar);
        bool extended = m.EndToken > before;
        if (month.Payload.Weak && !monthNoun && !extended) return null;
        return m;
    }

    /// <summary>"عام 2018"، "العام 2018"، "2018م"، "1439 هـ".</summary>
    private TimeMention? TryYear(AnalysedText t, int i)
    {
        int j = i, start = -1;
        if (lex.YearNouns.TryMatch(t, j, allowProclitics: true, out var noun)) { start = noun.Start; j = noun.EndToken; }
        if (!TryInteger(t, j, out int year)) return null;
        var calendar = CalendarKind.Gregorian;
        int end = j + 1, endOffset = t.Tokens[j].End;
        if (lex.Eras.TryMatch(t, end, false, out var era))
        {
            calendar = era.Payload;
            end = era.EndToken;
            endOffset = era.End;
        }
        else if (start < 0) return null; // a bare four-digit number is not a year
        if (!IsYear(year, calendar)) return null;
        return new TimeMention
        {
            Kind = MentionKind.Year, Year = year, Calendar = calendar,
            Span = new TextSpan(start < 0 ? t.Tokens[j].Start : start, endOffset), FirstToken = i, EndToken = end,
        };
    }

    // ---- numeric dates and ranges ----

    /// <summary>"11/4/2018"، "11.4.2018"، "2018/04/11" (one token) and "2018-04-11"، "11-4-2018" (five tokens).</summary>
    private static TimeMention? TryNumericDate(AnalysedText t, int i)
    {
        var s = t.Normalized(i).AsSpan();
        Span<int> parts = stackalloc int[3];
        int count = 0, end = i + 1;
        char sep = '\0';
        int value = 0, digits = 0;
        bool ok = true;
        foreach (char c in s)
        {
            if (c is >= '0' and <= '9') { value = value * 10 + (c - '0'); if (++digits > 4) { ok = false; break; } continue; }
            if (c is '/' or '.' && (sep == '\0' || sep == c) && count < 2 && digits > 0) { sep = c; parts[count++] = value; value = 0; digits = 0; continue; }
            ok = false;
            break;
        }
        if (!ok || digits == 0) return null;
        parts[count++] = value;
        if (count == 1)
        {
            // Five tokens joined by hyphens: 2018 - 04 - 11.
            if (!(IsPunct(t, i + 1, '-') && TryInteger(t, i + 2, out int b) && IsPunct(t, i + 3, '-') && TryInteger(t, i + 4, out int c))) return null;
            if (t.Tokens[i + 4].Start - t.Tokens[i].End > 6) return null; // the pieces must sit together
            parts[1] = b; parts[2] = c; count = 3; end = i + 5;
        }
        if (count != 3) return null;
        int day, month, year;
        if (parts[0] >= 1000) { year = parts[0]; month = parts[1]; day = parts[2]; }
        else if (parts[2] >= 1000) { day = parts[0]; month = parts[1]; year = parts[2]; }
        else return null;
        if (month is < 1 or > 12 && day is >= 1 and <= 12 && month <= 31) (day, month) = (month, day); // month/day order, rare in Arabic
        if (month is < 1 or > 12 || day is < 1 or > 31 || !IsYear(year, CalendarKind.Gregorian) && !IsYear(year, CalendarKind.Islamic)) return null;
        return new TimeMention
        {
            Kind = MentionKind.Date, Day = day, Month = month, Year = year,
            Calendar = IsYear(year, CalendarKind.Gregorian) ? CalendarKind.Gregorian : CalendarKind.Islamic,
            Span = new TextSpan(t.Tokens[i].Start, t.Tokens[end - 1].End), FirstToken = i, EndToken = end,
        };
    }

    /// <summary>"بين 9 و15 نيسان"، "من 9 إلى 15 نيسان"، "بين 30 آذار و5 نيسان".</summary>
    private TimeMention? TryRange(AnalysedText t, int i)
    {
        if (!lex.RangeOpeners.TryMatch(t, i, allowProclitics: true, out var open)) return null;
        int j = open.EndToken;
        if (!TryInteger(t, j, out int d1) || d1 is < 1 or > 31) return null;
        int k = j + 1;
        int m1 = 0;
        var cal = CalendarKind.Gregorian;
        if (lex.Months.TryMatch(t, k, false, out var month1)) { m1 = month1.Payload.Number; cal = month1.Payload.Calendar; k = month1.EndToken; }
        // the closing word: و for بين; إلى، حتى، لغاية for من
        var closer = open.Payload;
        if (IsWord(t, k, closer) || closer == "الي" && (IsWord(t, k, "حتي") || IsWord(t, k, "لغايه"))) k++;
        else return null;
        var second = TryDayMonth(t, k, k, -1);
        if (second is null || m1 != 0 && second.Calendar != cal) return null;
        var m = new TimeMention
        {
            Kind = MentionKind.DateRange, Calendar = second.Calendar,
            Day = d1, Month = m1 == 0 ? second.Month : m1, Year = 0,
            EndDay = second.Day, EndMonth = second.Month, EndYear = second.Year,
            Span = new TextSpan(open.Start, second.Span.End), FirstToken = i, EndToken = second.EndToken,
        };
        m.Year = second.Year; // one written year covers both ends
        return m;
    }

    /// <summary>"9-15 نيسان".</summary>
    private TimeMention? TryDigitRange(AnalysedText t, int i)
    {
        if (!TryInteger(t, i, out int d1) || d1 is < 1 or > 31 || !IsPunct(t, i + 1, '-')) return null;
        var second = TryDayMonth(t, i + 2, i + 2, -1);
        if (second is null || second.Day <= d1) return null;
        return new TimeMention
        {
            Kind = MentionKind.DateRange, Calendar = second.Calendar, Day = d1, Month = second.Month, Year = second.Year,
            EndDay = second.Day, EndMonth = second.Month, EndYear = second.Year,
            Span = new TextSpan(t.Tokens[i].Start, second.Span.End), FirstToken = i, EndToken = second.EndToken,
        };
    }

    // ---- periods relative to publication ----

    /// <summary>[هذا] الأسبوع|الشهر|العام [الماضي|المقبل|الحالي].</summary>
    private TimeMention? TryPeriod(AnalysedText t, int i)
    {
        int j = i, start = -1;
        bool thisOne = false;
        if (lex.This.TryMatch(t, j, allowProclitics: true, out var h)) { start = h.Start; j = h.EndToken; thisOne = true; }
        if (!lex.Periods.TryMatch(t, j, allowProclitics: !thisOne, out var period)) return null;
        if (start < 0) start = period.Start;
        var direction = thisOne ? Direction.Current : Direction.None;
        int end = period.EndToken, endOffset = period.End;
        if (lex.Modifiers.TryMatch(t, end, false, out var mod)) { direction = mod.Payload; end = mod.EndToken; endOffset = mod.End; }
        if (direction == Direction.None) return null;
        return new TimeMention
        {
            Kind = MentionKind.Period, Unit = period.Payload, Direction = direction,
            Span = new TextSpan(start, endOffset), FirstToken = i, EndToken = end,
        };
    }

    // ---- counts of time: durations, "منذ ثلاثة أيام", "اليومين الماضيين" ----

    /// <summary>
    /// [منذ|قبل|لمدة] [hedge] (NUMBER UNIT | DUAL-UNIT | UNIT after a hedge or lead), or a definite
    /// unit with a past modifier ("اليومين الماضيين"، "الساعات الأخيرة"، "الـ24 ساعة الماضية").
    /// </summary>
    private TimeMention? TryCount(AnalysedText t, int i)
    {
        int j = i;
        bool ago = false, lead = false;
        int agoStart = -1;
        if (lex.Ago.TryMatch(t, j, allowProclitics: true, out var a)) { ago = true; agoStart = a.Start; j = a.EndToken; }
        else if (lex.DurationLeads.TryMatch(t, j, allowProclitics: true, out var l)) { lead = true; j = l.EndToken; }
        int start = -1;
        bool hedged = false;
        if (lex.Hedges.TryMatch(t, j, allowProclitics: !ago && !lead, out var hedge)) { hedged = true; start = hedge.Start; j = hedge.EndToken; }

        // "الـ24 ساعة الماضية": a detached article before digits.
        bool definiteDigits = false;
        if (!hedged && IsWord(t, j, "ال") && j + 1 < t.Tokens.Length && t.Tokens[j + 1].Kind == TokenKind.Number)
        {
            start = t.Tokens[j].Start; j++; definiteDigits = true;
        }

        int count = 0;
        if (numbers.TryMatch(t, j, out var number))
        {
            if (number.Vague || number.Value > 100_000) return null;
            count = (int)number.Value;
            if (start < 0) start = number.Span.Start;
            j = number.EndToken;
        }
        if (!lex.Units.TryMatch(t, j, allowProclitics: count == 0 && !hedged && !ago && !lead, out var unitHit)) return null;
        var unit = unitHit.Payload;
        if (start < 0) start = unitHit.Start;
        bool definite = definiteDigits || t.Normalized(unitHit.FirstToken).StartsWith("ال", StringComparison.Ordinal) && count == 0;
        int end = unitHit.EndToken, endOffset = unitHit.End;

        // "منذ عام 2018": a unit noun before a number names a year or a clock time, not a length.
        if (end < t.Tokens.Length && t.Tokens[end].Kind == TokenKind.Number) return null;
        if (count == 0)
        {
            if (unit.Count == 2) count = 2;
            else if (unit.Count == 1 && (hedged || lead || ago) && !definite) count = 1;
        }

        // The stretch before publication: a definite unit and a past modifier.
        if (definite)
        {
            int k = end;
            if (count == 0 && numbers.TryMatch(t, k, out var after) && !after.Vague) { count = (int)after.Value; k = after.EndToken; } // "الأيام الثلاثة الماضية"
            if (lex.Fillers.TryMatch(t, k, false, out var filler)) k = filler.EndToken;
            if (!lex.Modifiers.TryMatch(t, k, false, out var mod) || mod.Payload != Direction.Past) return null;
            if (count == 0 && unit.Unit != 'H') return null; // "الأيام الماضية" fixes no length
            return new TimeMention
            {
                Kind = MentionKind.Recent, Unit = unit.Unit, Count = count,
                Span = new TextSpan(start, mod.End), FirstToken = i, EndToken = mod.EndToken,
            };
        }
        if (count == 0) return null; // "أيام"، "منذ أيام": no length

        // "منذ ثلاثة أيام"، "قبل أسبوع", "قبل عامين": a point before publication, unless it counts
        // back from something else ("قبل ثلاثة أيام من الانتخابات") or is hedged or long ("منذ أكثر من عام" lasts).
        bool countsFromOther = IsWord(t, end, "من");
        bool isQabl = ago && t.Normalized(a.FirstToken).EndsWith("قبل", StringComparison.Ordinal);
        if (ago && !hedged && !countsFromOther && (unit.Unit is 'D' or 'W' || isQabl && unit.Unit is 'M' or 'Y'))
        {
            return new TimeMention
            {
                Kind = MentionKind.Ago, Unit = unit.Unit, Count = count,
                Span = new TextSpan(agoStart, endOffset), FirstToken = i, EndToken = end,
            };
        }
        return new TimeMention
        {
            Kind = MentionKind.Duration, Unit = unit.Unit, Count = count,
            Span = new TextSpan(start, endOffset), FirstToken = i, EndToken = end,
        };
    }
}
