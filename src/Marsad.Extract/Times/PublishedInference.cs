using Marsad.Text;

namespace Marsad.Extract.Times;

/// <summary>
/// Infers the publication date when the source gives none, from signals that fix it:
/// <list type="number">
/// <item>a date in the URL ("/2018/04/12/", "2018-04-12");</item>
/// <item>a date right after a publication cue ("نشر في"، "تاريخ النشر");</item>
/// <item>a dateline: a line near the top that is little more than a date with its year;</item>
/// <item>a deictic day next to a date that names its weekday: "أمس، الأربعاء 11 نيسان" → the 12th; "اليوم الجمعة 13 نيسان" → the 13th.</item>
/// </list>
/// The first kind of signal present wins; among deictic signals the most frequent date wins and a
/// tie leaves the date unknown. When nothing fixes it, published stays null: "أمس الجمعة" alone
/// says it is a Saturday, not which.
/// </summary>
internal static class PublishedInference
{
    /// <summary>A dateline sits in the first lines of the text (the title line, an outlet line, the date line).</summary>
    private const int DatelineMaxLine = 3;

    /// <summary>Words a dateline may hold besides the date: a place, an outlet, "تاريخ".</summary>
    private const int DatelineMaxOtherWords = 4;

    /// <summary>At most this many punctuation tokens may separate "أمس" from its date ("أمس، (الأربعاء 11 نيسان").</summary>
    private const int MaxGapTokens = 2;

    public static DateOnly? Infer(AnalysedText text, string? url, List<TimeMention> mentions, TimeLexicon lex, TimeResolver.Context ctx)
    {
        if (url is not null && FromUrl(url) is DateOnly fromUrl) return fromUrl;
        if (FromCue(text, mentions, lex, ctx) is DateOnly fromCue) return fromCue;
        if (FromDateline(text, mentions) is DateOnly fromLine) return fromLine;
        return FromDeictic(text, mentions, ctx);
    }

    /// <summary>"…/2018/04/12/…" or "…2018-04-12…" in a URL; plain character scan.</summary>
    public static DateOnly? FromUrl(string url)
    {
        var s = url.AsSpan();
        for (int i = 0; i + 10 <= s.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(s[i - 1])) continue;
            if (!TryDigits(s.Slice(i, 4), out int y) || y is < 1990 or > 2100) continue;
            char sep = s[i + 4];
            if (sep is not ('/' or '-' or '_')) continue;
            int j = i + 5;
            if (!ReadPart(s, ref j, out int m) || j >= s.Length || s[j] != sep) continue;
            j++;
            if (!ReadPart(s, ref j, out int d)) continue;
            if (j < s.Length && char.IsAsciiDigit(s[j])) continue;
            if (CalendarMath.MakeDate(y, m, d, CalendarKind.Gregorian) is DateOnly date) return date;
        }
        return null;
    }

    private static bool ReadPart(ReadOnlySpan<char> s, ref int j, out int value)
    {
        value = 0;
        int start = j;
        while (j < s.Length && j - start < 2 && char.IsAsciiDigit(s[j])) value = value * 10 + (s[j++] - '0');
        return j > start;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static DateOnly? FromCue(AnalysedText text, List<TimeMention> mentions, TimeLexicon lex, TimeResolver.Context ctx)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Date) continue;
            for (int k = Math.Max(0, m.FirstToken - 4); k < m.FirstToken; k++)
            {
                if (!lex.PublishedCues.TryMatch(text, k, allowProclitics: true, out var cue)) continue;
                if (m.FirstToken - cue.EndToken > 2) continue;
                // Only a cue that starts its line ("نشر في 3 تموز 2019" as a byline); inside a
                // sentence it dates something else ("مقال بعنوان … (نشر في 24 أبريل 2014)").
                if (!StartsLine(text, cue.FirstToken)) continue;
                if (DayOf(m, ctx) is DateOnly d) return d;
            }
        }
        return null;
    }

    private static bool StartsLine(AnalysedText text, int tokenIndex)
    {
        for (int i = text.Tokens[tokenIndex].Start - 1; i >= 0; i--)
        {
            char c = text.Text[i];
            if (c == '\n') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    private static DateOnly? FromDateline(AnalysedText text, List<TimeMention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Date || m.Year == 0) continue;
            int line = LineOf(text.Text, m.Span.Start, out int lineStart, out int lineEnd);
            if (line > DatelineMaxLine) break;
            int others = 0;
            for (int k = 0; k < text.Tokens.Length; k++)
            {
                var tok = text.Tokens[k];
                if (tok.Start < lineStart || tok.End > lineEnd) continue;
                if (tok.Kind is TokenKind.Word or TokenKind.Latin && !m.Span.Overlaps(tok.Span)) others++;
            }
            if (others <= DatelineMaxOtherWords && CalendarMath.MakeDate(m.Year, m.Month, m.Day, m.Calendar) is DateOnly d) return d;
        }
        return null;
    }

    /// <summary>Index (1-based, counting non-empty lines) of the line holding <paramref name="offset"/>.</summary>
    private static int LineOf(string text, int offset, out int lineStart, out int lineEnd)
    {
        int line = 0;
        lineStart = 0;
        int i = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            if (!text.AsSpan(i, end - i).IsWhiteSpace()) line++;
            if (offset < end || nl < 0) { lineStart = i; lineEnd = end; return line; }
            i = nl + 1;
        }
    }

    private static DateOnly? FromDeictic(AnalysedText text, List<TimeMention> mentions, TimeResolver.Context ctx)
    {
        var votes = new List<(DateOnly Date, int Count)>();
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var deictic = mentions[i];
            var date = mentions[i + 1];
            if (deictic.Kind != MentionKind.DayOffset) continue;
            // "اليوم (الجمعة) 13 نيسان": the weekday between is its own time.
            int gapEnd = date.FirstToken;
            if (date.Kind == MentionKind.Weekday && i + 2 < mentions.Count && OnlyPunctuationBetween(text, date.EndToken, mentions[i + 2].FirstToken))
            {
                gapEnd = date.FirstToken;
                date = mentions[i + 2];
            }
            if (date.Kind != MentionKind.Date || date.Month == 0) continue;
            if (!OnlyPunctuationBetween(text, deictic.EndToken, gapEnd)) continue;
            // The date must name its weekday, and agree with it: "أمس، الأربعاء 11 نيسان" is a
            // deliberate dateline; "تاريخ التوزيع أمس 30 يونيو" is not.
            if (date.Weekday is not DayOfWeek weekday) continue;
            if (DayOf(date, ctx) is not DateOnly d || d.DayOfWeek != weekday) continue;
            var published = d.AddDays(-deictic.Offset);
            int at = votes.FindIndex(v => v.Date == published);
            if (at < 0) votes.Add((published, 1));
            else votes[at] = (published, votes[at].Count + 1);
        }
        if (votes.Count == 0) return null;
        votes.Sort((a, b) => b.Count.CompareTo(a.Count));
        if (votes.Count > 1 && votes[1].Count == votes[0].Count) return null; // conflicting signals fix nothing
        return votes[0].Date;
    }

    private static bool OnlyPunctuationBetween(AnalysedText text, int from, int to)
    {
        if (to - from > MaxGapTokens) return false;
        for (int k = from; k < to; k++)
            if (text.Tokens[k].Kind != TokenKind.Punctuation) return false;
        return true;
    }

    /// <summary>The day a date mention names, its year fixed as the resolver would (without a publication date).</summary>
    private static DateOnly? DayOf(TimeMention m, TimeResolver.Context ctx) =>
        TimeResolver.ResolveDay(m.Year, m.Month, m.Day, m.Calendar, m.Weekday, m.Direction, ctx with { Published = null });
}
