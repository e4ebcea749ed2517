using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Ingest.Cleaning;

/// <summary>
/// Lays out scraped plain text: finds the headline, the article's own paragraphs and the outlet
/// where a byline or masthead names it, leaving site chrome (search boxes, comment forms, "most
/// read" boxes, share bars, related-story lists, repeated headlines, datelines) outside the body.
/// Works line by line, as scraped text keeps one block per line; every span is a trimmed line of
/// the unchanged text. The phrases and thresholds are data (<see cref="CleanerRules"/>).
/// Thread-safe: the rules are read-only after loading.
/// </summary>
public sealed class ScrapedTextCleaner(CleanerRules rules)
{
    public static ScrapedTextCleaner Load(ResourceSet resources) => new(CleanerRules.Load(resources));

    public CleanerRules Rules { get; } = rules ?? throw new ArgumentNullException(nameof(rules));

    private enum Role : byte { Chrome, Title, Body }

    private readonly record struct Line(TextSpan Span, string Key, int Words, bool Terminal, bool Bullet, bool BlankAfter);

    /// <summary>
    /// The article's layout: the one its reader supplied (an HTML page's main-content extraction),
    /// or the layout this cleaner finds in its text.
    /// </summary>
    public ArticleLayout Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Layout is not null) return article.Layout;
        var text = article.Text;
        var lines = SplitLines(text);
        var roles = new Role[lines.Count];
        string? givenTitleKey = string.IsNullOrWhiteSpace(article.Title) ? null : LineKey.Of(article.Title);
        string? titleKey = null;
        int titleIndex = -1;
        string? outlet = null;
        bool bodySeen = false, stopped = false;

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            roles[i] = Role.Chrome;
            if (stopped) continue;
            var span = line.Span;
            var raw = text.AsSpan(span.Start, span.Length);
            if (!LineKey.HasLetter(line.Key)) continue; // numbers, emoji, rules, counters
            if (Rules.Stops.Contains(line.Key))
            {
                stopped = bodySeen; // a comment form or "most read" box ends the article once it has begun
                continue;
            }
            if (Byline(raw) is { } name)
            {
                if (IsOutletName(LineKey.Of(name))) outlet ??= BareName(name);
                continue; // a reporter's byline is chrome too, but names no outlet
            }
            if (Rules.Outlets.Contains(line.Key))
            {
                outlet ??= BareName(raw);
                continue;
            }
            if (IsIntrinsicChrome(line, raw)) continue;
            if (titleKey is not null && IsTitleAgain(line, raw, titleKey)) continue; // the headline repeated

            if (titleIndex < 0 && givenTitleKey is not null && line.Key == givenTitleKey)
            {
                // The source named the headline: its first whole-line occurrence is the title.
                roles[i] = Role.Title;
                titleIndex = i;
                titleKey = line.Key;
                continue;
            }
            if (!bodySeen && titleIndex < 0)
            {
                if (givenTitleKey is null && IsHeadline(lines, i))
                {
                    roles[i] = Role.Title;
                    titleIndex = i;
                    titleKey = line.Key;
                    continue;
                }
                if (IsStray(line)) continue; // a menu item or label above the article
            }
            roles[i] = Role.Body;
            bodySeen = true;
        }

        // Tags, share labels and "more" links after the last paragraph.
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (roles[i] == Role.Chrome) continue;
            if (roles[i] != Role.Body || !IsStray(lines[i])) break;
            roles[i] = Role.Chrome;
        }

        var body = new List<TextSpan>();
        for (int i = 0; i < lines.Count; i++)
            if (roles[i] == Role.Body) body.Add(lines[i].Span);
        TextSpan? title = titleIndex >= 0 ? lines[titleIndex].Span : null;
        if (body.Count == 0 && title is TextSpan only)
        {
            // A lone short line is all there is: it is the text, not a headline over nothing.
            body.Add(only);
            title = null;
        }
        return new ArticleLayout(title, body, outlet);
    }

    /// <summary>
    /// The headline again: alone, or after a short label and a colon ("رابط الخبر بصحيفة الوئام: …"),
    /// as sites print it under the article for sharing.
    /// </summary>
    private bool IsTitleAgain(Line line, ReadOnlySpan<char> raw, string titleKey)
    {
        if (line.Key == titleKey) return true;
        if (line.Key.Length <= titleKey.Length + 1 || !line.Key.EndsWith(titleKey, StringComparison.Ordinal)) return false;
        int cut = line.Key.Length - titleKey.Length - 1;
        if (line.Key[cut] != ' ' || titleKey.AsSpan().Count(' ') < 3) return false;
        int labelWords = line.Key.AsSpan(0, cut).Count(' ') + 1;
        return labelWords <= Rules.TitleLabelMaxWords && raw.IndexOfAny(':', '：') >= 0;
    }

    private bool IsHeadline(List<Line> lines, int i)
    {
        var line = lines[i];
        if (line.Bullet || line.Words > Rules.HeadlineMaxWords) return false;
        if (line.Words <= Rules.StrayLineMaxWords)
        {
            // A headline of one to three words ("الإصابات تلاحق توران", a column's title) looks
            // like a menu item; it is taken only when it stands apart, unpunctuated, right above a
            // paragraph, where menus come in runs of short lines.
            return !line.Terminal && line.BlankAfter && i + 1 < lines.Count && IsParagraph(lines[i + 1]);
        }
        return !line.Terminal || (line.Words <= Rules.PunctuatedHeadlineMaxWords && line.BlankAfter);
    }

    // A line that reads as article prose: a sentence, or longer than any headline.
    private bool IsParagraph(Line line) =>
        !line.Bullet && (line.Words > Rules.HeadlineMaxWords || (line.Terminal && line.Words > Rules.StrayLineMaxWords));

    private bool IsStray(Line line) => !line.Terminal && line.Words <= Rules.StrayLineMaxWords;

    private bool IsIntrinsicChrome(Line line, ReadOnlySpan<char> raw)
    {
        if (Rules.Lines.Contains(line.Key)) return true;
        if (line.Words <= Rules.PrefixMaxWords)
        {
            foreach (var p in Rules.Prefixes)
            {
                if (!line.Key.StartsWith(p, StringComparison.Ordinal)) continue;
                if (line.Key.Length != p.Length && line.Key[p.Length] != ' ') continue;
                // A one-word prefix ("كتب") also begins ordinary sentences; only an unpunctuated
                // credit line is chrome. Longer prefixes ("اقرأ أيضا") are unambiguous.
                if (!line.Terminal || p.Contains(' ', StringComparison.Ordinal)) return true;
            }
        }
        if (line.Bullet && !line.Terminal && line.Words <= Rules.RelatedLinkMaxWords) return true;
        if (IsLinkOnly(raw)) return true;
        if (!line.Terminal && IsMenu(line, raw)) return true;
        if (line.Words <= Rules.ShortLineMaxWords && IsDateline(line.Key)) return true;
        return false;
    }

    private bool IsMenu(Line line, ReadOnlySpan<char> raw)
    {
        // "الرئيسية | أخبار | سياسة": two or more separators with a few words between each.
        // "/" and ">" separate breadcrumbs only with spaces around them ("الرئيسية > أخبار");
        // unspaced they are dates and arrows in the text ("12/4/2018").
        int separators = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c is '|' or '•' or '·' or '►' or '◄' or '▪' or '∙') separators++;
            else if (c is '/' or '>' && i > 0 && i < raw.Length - 1 && raw[i - 1] == ' ' && raw[i + 1] == ' ') separators++;
        }
        if (separators >= 2 && line.Words <= 3 * (separators + 1)) return true;
        int menu = 0;
        foreach (var w in line.Key.Split(' '))
            if (Rules.MenuWords.Contains(w)) menu++;
        return menu >= Rules.MenuWordShare * line.Words;
    }

    private bool IsDateline(string key)
    {
        foreach (var w in key.Split(' '))
            if (w != "#" && !Rules.DateWords.Contains(w)) return false;
        return true;
    }

    private static bool IsLinkOnly(ReadOnlySpan<char> raw)
    {
        if (raw.ContainsAny(' ', '\t')) return false;
        return raw.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || raw.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || raw.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (raw.Contains('@') && raw.Contains('.'));
    }

    /// <summary>"صوت العاصمة – خاص" or "خاص - صوت العاصمة": the part beside the marker, as written.</summary>
    private string? Byline(ReadOnlySpan<char> raw)
    {
        int cut = raw.IndexOfAny("-–—|:");
        if (cut <= 0 || cut >= raw.Length - 1) return null;
        var left = raw[..cut].Trim();
        var right = raw[(cut + 1)..].Trim();
        if (left.IsEmpty || right.IsEmpty) return null;
        string leftKey = LineKey.Of(left), rightKey = LineKey.Of(right);
        ReadOnlySpan<char> name;
        string nameKey;
        if (Rules.BylineMarkers.Contains(rightKey)) { name = left; nameKey = leftKey; }
        else if (Rules.BylineMarkers.Contains(leftKey)) { name = right; nameKey = rightKey; }
        else return null;
        // An outlet's name is a few words of letters; anything longer is a sentence with a dash.
        int words = LineKey.Words(nameKey);
        if (words == 0 || words > 5 || !LineKey.HasLetter(nameKey)) return null;
        return name.ToString();
    }

    /// <summary>
    /// Whether a byline's name is an outlet rather than a reporter ("سلوى سعد – متابعات"): a known
    /// outlet, spelled as listed or with a slip of a letter or two ("صوت العامة" for "صوت العاصمة"),
    /// or a name built on an outlet word ("شبكة …", "… نيوز").
    /// </summary>
    private bool IsOutletName(string nameKey)
    {
        if (Rules.Outlets.Contains(nameKey)) return true;
        foreach (var w in nameKey.Split(' '))
            if (Rules.OutletWords.Contains(w)) return true;
        // Typos: at most one edit per six letters of the listed name, and never in names shorter
        // than six letters, where one edit already turns one short name into another.
        foreach (var known in Rules.Outlets)
        {
            int allowed = known.Length / 6;
            if (allowed == 0 || Math.Abs(known.Length - nameKey.Length) > allowed) continue;
            if (EditDistance.AtMost(known, nameKey, allowed)) return true;
        }
        return false;
    }

    // "«عكاظ»" and "(رويترز)" name the outlets عكاظ and رويترز: quotes and brackets around a
    // masthead are typography, not part of the name.
    private static string BareName(ReadOnlySpan<char> name)
    {
        int s = 0, e = name.Length;
        while (s < e && !char.IsLetterOrDigit(name[s])) s++;
        while (e > s && !char.IsLetterOrDigit(name[e - 1])) e--;
        return name[s..e].ToString();
    }

    private static List<Line> SplitLines(string text)
    {
        var spans = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int end = text.IndexOf('\n', i);
            if (end < 0) end = text.Length;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) spans.Add(new TextSpan(s, e));
            else spans.Add(default); // a blank line, kept to know what stands apart
            i = end + 1;
        }
        var lines = new List<Line>(spans.Count);
        for (int k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (span.IsEmpty) continue;
            var raw = text.AsSpan(span.Start, span.Length);
            var key = LineKey.Of(raw);
            bool blankAfter = k + 1 < spans.Count && spans[k + 1].IsEmpty;
            lines.Add(new Line(span, key, LineKey.Words(key), EndsLikeSentence(raw), IsBullet(raw), blankAfter));
        }
        return lines;
    }

    private static bool EndsLikeSentence(ReadOnlySpan<char> raw)
    {
        // Closing quotes and brackets follow the sentence mark in Arabic copy: «… قال.» / (…).
        raw = raw.TrimEnd("\"'”’»)]");
        return !raw.IsEmpty && raw[^1] is '.' or '!' or '?' or '؟' or '…';
    }

    private static bool IsBullet(ReadOnlySpan<char> raw) =>
        raw.Length > 1 && raw[0] is '-' or '–' or '—' or '•' or '*' or '▪' or '►' or '◄' or '■' or '●' && raw[1] == ' ';
}
