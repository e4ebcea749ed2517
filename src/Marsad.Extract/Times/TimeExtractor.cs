using Marsad.Extract.Numbers;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Times;

/// <summary>What the time stage finds in one text.</summary>
/// <param name="Times">Time expressions with UTF-16 offsets and ISO 8601 values (null where the text does not fix one).</param>
/// <param name="Published">The publication date: the given one, or the inferred one, or null.</param>
/// <param name="PublishedInferred">True when <paramref name="Published"/> was inferred from the text or URL.</param>
public sealed record TimeExtraction(IReadOnlyList<TimeRecord> Times, DateOnly? Published, bool PublishedInferred);

/// <summary>
/// The time stage: finds dates, weekdays, relative expressions, durations and ranges, resolves them
/// to ISO 8601 values against the publication date, and infers the publication date when the source
/// gives none. Requires the text layer (<see cref="DocumentContext.Analysed"/>); sets
/// <see cref="DocumentContext.Times"/>, and <see cref="DocumentContext.Published"/> /
/// <see cref="DocumentContext.PublishedInferred"/> only when no publication date was given.
/// </summary>
/// <remarks>
/// Knowledge lives in resources/time/ (months, weekdays, relative words, units, names that are not
/// times) and resources/numbers/. The instance is immutable and thread-safe.
/// </remarks>
public sealed class TimeExtractor
{
    private readonly TimeLexicon _lexicon;
    private readonly TimeScanner _scanner;
    private readonly DateOnly? _referenceDate;

    /// <param name="resources">Where to read resources/time and resources/numbers.</param>
    /// <param name="numbers">The number reader to share (loaded from <paramref name="resources"/> when null).</param>
    /// <param name="referenceDate">
    /// "Today" for documents with nothing else to date them: a weekday-fixed year is taken as the
    /// latest one not after it. Defaults to the current UTC date; set it to the crawl date when
    /// processing an archive.
    /// </param>
    public TimeExtractor(ResourceSet resources, ArabicNumbers? numbers = null, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        numbers ??= ArabicNumbers.Load(resources);
        _lexicon = TimeLexicon.Load(resources, numbers);
        _scanner = new TimeScanner(_lexicon, numbers);
        _referenceDate = referenceDate;
    }

    /// <summary>Runs the stage over a document (see the class summary for what it reads and sets).</summary>
    public void Extract(DocumentContext doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var result = Extract(doc.Analysed, doc.Published, doc.Article.Url);
        doc.Times = result.Times;
        if (doc.Published is null && result.Published is not null)
        {
            doc.Published = result.Published;
            doc.PublishedInferred = true;
        }
    }

    /// <summary>Finds and resolves the times of an analysed text.</summary>
    /// <param name="text">The analysed text.</param>
    /// <param name="published">The publication date the source gives, or null to infer it.</param>
    /// <param name="url">The article's URL, if known (a date in it is a publication signal).</param>
    public TimeExtraction Extract(AnalysedText text, DateOnly? published, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = _referenceDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var mentions = _scanner.Scan(text);

        var anchorYear = AnchorYear(mentions, reference);
        var ctx = new TimeResolver.Context(published, anchorYear, reference);
        bool inferred = false;
        if (published is null && PublishedInference.Infer(text, url, mentions, _lexicon, ctx) is DateOnly found)
        {
            ctx = ctx with { Published = found };
            inferred = true;
        }
        TimeResolver.Resolve(mentions, ctx);

        var times = new TimeRecord[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            times[i] = new TimeRecord { Start = m.Span.Start, End = m.Span.End, Text = m.Span.Of(text.Text), Value = m.Value };
        }
        return new TimeExtraction(times, ctx.Published, inferred);
    }

    /// <summary>
    /// The latest Gregorian year the text writes (in a year, a month or a date, Hijri ones converted),
    /// not after the reference year; null when it writes none.
    /// </summary>
    private static int? AnchorYear(List<TimeMention> mentions, DateOnly reference)
    {
        int? best = null;
        foreach (var m in mentions)
        {
            if (m.Year == 0 || m.Kind is not (MentionKind.Year or MentionKind.Month or MentionKind.Date or MentionKind.DateRange)) continue;
            int year = m.Year;
            if (m.Calendar == CalendarKind.Islamic)
            {
                if (CalendarMath.MakeDate(m.Year, m.Month == 0 ? 6 : m.Month, 1, CalendarKind.Islamic) is not DateOnly g) continue;
                year = g.Year;
            }
            if (year <= reference.Year && (best is null || year > best)) best = year;
        }
        return best;
    }
}
