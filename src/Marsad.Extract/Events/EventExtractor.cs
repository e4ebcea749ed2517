using System.Globalization;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>
/// The event stage: per body sentence (never the headline) it finds lexicon triggers, decides the
/// PLOVER type and mode, the roles (actor1 who acts, actor2 on or with whom), place, date, status,
/// attribution and counts, and returns one <see cref="EventRecord"/> per distinct happening.
/// Needs: <see cref="DocumentContext.Analysed"/>, <see cref="DocumentContext.Layout"/>, and — for
/// roles, places and dates — <see cref="DocumentContext.Entities"/> and <see cref="DocumentContext.Times"/>.
/// Adds: <see cref="DocumentContext.Events"/> (UTF-16 offsets). Thread-safe; resources are read-only.
/// </summary>
public sealed class EventExtractor
{
    private readonly EventResources _resources;
    private readonly TriggerMatcher _matcher;
    private EventCues Cues => _resources.Cues;

    // Roles are sought this many tokens from the trigger: Arabic puts the subject right after the
    // verb (VSO) or, in reported speech, right before it; farther mentions belong to other clauses.
    private const int SubjectWindow = 4;
    // A cue that sets the status (ينوي، يواصل، أنباء عن) governs a trigger up to this far after it.
    private const int StatusWindow = 14;

    public EventExtractor(EventResources resources)
    {
        _resources = resources;
        _matcher = new TriggerMatcher(resources.Triggers);
    }

    /// <summary>Events of one document, in text order.</summary>
    public IReadOnlyList<EventRecord> Extract(DocumentContext doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = doc.Analysed;
        var mentions = new DocumentMentions(doc, Cues);
        var dominant = DominantPlace(doc, mentions);
        var sources = new List<string>();
        var events = new List<EventRecord>();
        var body = BodySentences(doc);
        string? narrativeDate = FirstNarrativeDate(text, mentions, body);
        foreach (int s in body)
        {
            var sentence = text.Sentences[s];
            var view = new SentenceView(text, sentence, Cues);
            var (source, sourceFirst, sourceEnd) = Attribution(text, sentence, mentions, sources);
            if (source is not null) sources.Add(source);
            var drafts = FindTriggers(view, mentions, sourceFirst, sourceEnd);
            if (drafts.Count == 0)
            {
                narrativeDate = NextNarrativeDate(view, mentions, narrativeDate);
                continue;
            }
            foreach (var d in drafts)
            {
                Roles(view, mentions, d, sourceFirst, sourceEnd);
                d.Status = Status(view, d);
                d.Place = Place(view, mentions, d);
                Counts(view, mentions, d);
            }
            FoldCasualties(drafts);
            bool background = HasBackground(view);
            foreach (var d in drafts)
            {
                if (d.Dropped || !HasActorOrStandsAlone(d)) continue;
                events.Add(ToRecord(doc, view, mentions, d, dominant, Date(view, mentions, d, narrativeDate, background), source));
            }
            narrativeDate = NextNarrativeDate(view, mentions, narrativeDate);
        }
        return events;
    }

    /// <summary>Sentences inside the body spans and outside the title, in order.</summary>
    private static List<int> BodySentences(DocumentContext doc)
    {
        var result = new List<int>();
        var text = doc.Analysed;
        for (int s = 0; s < text.Sentences.Length; s++)
        {
            var span = text.Sentences[s].Span;
            if (doc.Layout.Title is TextSpan title && title.Overlaps(span)) continue;
            foreach (var b in doc.Layout.Body)
                if (b.Overlaps(span)) { result.Add(s); break; }
        }
        return result;
    }

    // ---------------------------------------------------------------- triggers

    private List<Draft> FindTriggers(SentenceView view, DocumentMentions mentions, int sourceFirst, int sourceEnd)
    {
        var text = view.Text;
        var drafts = new List<Draft>();
        for (int t = view.First; t < view.End; t++)
        {
            if (mentions.TokenMention[t] >= 0 || mentions.TokenPlace[t] >= 0) continue;
            if (t >= sourceFirst && t < sourceEnd) continue;
            if (_matcher.MatchAt(text, t, view.End) is not TriggerMatch m) continue;
            t = m.EndToken - 1;
            if (m.Entry.IsBlocked || !Admissible(view, mentions, m, drafts)) continue;
            drafts.Add(new Draft(m));
        }
        return drafts;
    }

    /// <summary>Whether a matched trigger reports a happening here, rather than naming a purpose or topic.</summary>
    private bool Admissible(SentenceView view, DocumentMentions mentions, TriggerMatch m, List<Draft> before)
    {
        var text = view.Text;
        int t = m.FirstToken;
        bool noun = m.Entry.Kind == WordKind.Noun;
        // "لخروج", "للتفاوض": a purpose of something else, not something reported as happening.
        if (noun && m.Form.Purpose) return false;
        // "مسألة خروج", "قرار الخروج": a topic of talks or decisions.
        if (noun && t > view.First && Cues.ContentHead.MatchAt(text, t - 1, t).Length == 1) return false;
        if ((m.Entry.Flags & TriggerFlags.AgentAfter) != 0 && !AgentFollows(view, mentions, m.EndToken)) return false;
        if ((m.Entry.Flags & TriggerFlags.WeaponAfter) != 0 && !WordWithin(view, Cues.Weapon, m.EndToken, 4)) return false;
        // The content of a demand, threat or offer ("هدد … بعمل عسكري", "حث … على البقاء") is part of it.
        if (noun && before.Count > 0)
        {
            var last = before[^1];
            bool governed = last.Type is "REQUEST" or "THREATEN" or "AGREE" && t - last.Match.EndToken <= 5
                && view.ClauseOf(t) == view.ClauseOf(last.Match.FirstToken);
            bool introduced = m.Form.Depth > 0 && text.Surface(t).Length > 0 && text.Surface(t)[0] is 'ب' or 'ل'
                || t > view.First && Cues.Preposition.MatchAt(text, t - 1, t).Length == 1;
            if (governed && introduced) return false;
        }
        return true;
    }

    private bool AgentFollows(SentenceView view, DocumentMentions mentions, int from)
    {
        for (int k = from; k < Math.Min(view.End, from + 3); k++)
        {
            if (view.IsBreak(k)) return false;
            if (mentions.TokenMention[k] >= 0) return true;
            if (Cues.Agent.MatchAt(view.Text, k, view.End).Length > 0) return true;
            if (view.Text.Tokens[k].Kind == TokenKind.Number) return true;
        }
        return false;
    }

    private static bool WordWithin(SentenceView view, PhraseSet set, int from, int window)
    {
        for (int k = from; k < Math.Min(view.End, from + window); k++)
            if (set.MatchAt(view.Text, k, view.End).Length > 0) return true;
        return false;
    }

    // ---------------------------------------------------------------- roles

    private void Roles(SentenceView view, DocumentMentions mentions, Draft d, int sourceFirst, int sourceEnd)
    {
        var m = d.Match;
        bool noun = m.Entry.Kind == WordKind.Noun;
        int clause = view.ClauseOf(m.FirstToken);
        int a1 = -1, a2 = -1;
        if (noun)
        {
            // "بين X و Y": both sides, the first acting.
            int k = SkipFiller(view, m.EndToken, 2);
            if (k < view.End && PhraseSet.WordIs(view.Text, k, "بين"))
            {
                int x = NextActor(view, mentions, k + 1, view.End, sourceFirst, sourceEnd);
                if (x >= 0)
                {
                    a1 = x;
                    int y = NextActor(view, mentions, mentions.Actors[x].EndToken, view.End, sourceFirst, sourceEnd);
                    if (y >= 0) a2 = y;
                }
            }
            // إضافة: "قصف النظام" — the genitive acts (or suffers, for اعتقال، حصار …).
            if (a1 < 0)
            {
                int g = MentionAtSkippingDescriptors(view, mentions, m.EndToken);
                if (g >= 0 && !mentions.Actors[g].Cliticised)
                {
                    if ((m.Entry.Flags & TriggerFlags.Patient) != 0) a2 = g; else a1 = g;
                }
            }
            // A relative clause names the doer: "المجزرة التي نفذها عناصر داعش", "العملية التي يحضرها النظام".
            if (a1 < 0)
            {
                for (int r = m.EndToken; r < Math.Min(view.End, m.EndToken + 4); r++)
                {
                    var n = view.Text.Normalized(r);
                    if (n is "التي" or "الذي" or "اللذان" or "الذين")
                    {
                        int x = NextActor(view, mentions, r + 2, Math.Min(view.End, r + 6), sourceFirst, sourceEnd);
                        if (x >= 0 && !IsPrepositional(view, mentions, x).Is) a1 = x;
                        break;
                    }
                }
            }
        }
        else
        {
            // VSO: the subject follows the verb.
            int x = NextActor(view, mentions, m.EndToken, Math.Min(view.End, m.EndToken + SubjectWindow + 1), sourceFirst, sourceEnd);
            if (x >= 0 && view.ClauseOf(mentions.Actors[x].FirstToken) == clause && !IsPrepositional(view, mentions, x).Is) a1 = x;
        }
        // Subject before the trigger: SVO ("التنظيم قصف"), or the governing verb's subject for a verbal
        // noun ("وجدد الروس طلبهم").
        if (a1 < 0) a1 = PreviousActor(view, mentions, m.FirstToken, sourceFirst, sourceEnd, clause);
        // Who it is done to or with: a preposition's object or a direct object in the clause.
        if (a2 < 0)
        {
            int from = a1 >= 0 && mentions.Actors[a1].FirstToken >= m.EndToken ? mentions.Actors[a1].EndToken : m.EndToken;
            for (int k = from; k < view.End; k++)
            {
                if (view.ClauseOf(k) != clause) break;
                int i = mentions.TokenMention[k];
                if (i < 0 || i == a1 || k >= sourceFirst && k < sourceEnd) continue;
                if (a1 >= 0 && SameReferent(mentions.Actors[i], mentions.Actors[a1])) { k = mentions.Actors[i].EndToken - 1; continue; }
                a2 = i;
                break;
            }
        }
        if (a1 >= 0 && a2 >= 0 && SameReferent(mentions.Actors[a1], mentions.Actors[a2])) a2 = -1;
        d.Actor1 = a1;
        d.Actor2 = a2;
    }

    private static bool SameReferent(Mention a, Mention b) =>
        a.Id is not null && a.Id == b.Id || a.Id is null && b.Id is null && a.NameEn is not null && a.NameEn == b.NameEn;

    private int SkipFiller(SentenceView view, int from, int max)
    {
        int k = from;
        while (k < view.End && k - from < max && view.Text.Tokens[k].Kind == TokenKind.Punctuation && !view.IsBreak(k)) k++;
        return k;
    }

    /// <summary>The actor mention starting at <paramref name="from"/>, looking through a descriptor and quotes ("تنظيم “داعش”").</summary>
    private int MentionAtSkippingDescriptors(SentenceView view, DocumentMentions mentions, int from)
    {
        int k = from;
        for (int step = 0; step < 3 && k < view.End; step++)
        {
            int i = mentions.TokenMention[k];
            if (i >= 0) return mentions.Actors[i].FirstToken == k ? i : -1;
            var tok = view.Text.Tokens[k];
            if (tok.Kind == TokenKind.Punctuation && !view.IsBreak(k) || Cues.Descriptor.MatchAt(view.Text, k, view.End).Length == 1) { k++; continue; }
            return -1;
        }
        return -1;
    }

    private static int NextActor(SentenceView view, DocumentMentions mentions, int from, int to, int sourceFirst, int sourceEnd)
    {
        for (int k = Math.Max(from, view.First); k < Math.Min(to, view.End); k++)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i >= 0 && mentions.Actors[i].FirstToken == k) return i;
        }
        return -1;
    }

    /// <summary>The nearest actor before the trigger that is not a preposition's object: in its clause, else in the sentence.</summary>
    private int PreviousActor(SentenceView view, DocumentMentions mentions, int before, int sourceFirst, int sourceEnd, int clause)
    {
        int fallback = -1;
        for (int k = before - 1; k >= view.First; k--)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i < 0 || mentions.Actors[i].FirstToken != k) continue;
            if (IsPrepositional(view, mentions, i).Is) continue;
            if (view.ClauseOf(k) == clause) return i;
            if (fallback < 0) fallback = i;
        }
        return fallback;
    }

    /// <summary>Whether a mention is the object of a preposition (a glued ب/ل, or مع، ضد، على … before it).</summary>
    private (bool Is, string Value) IsPrepositional(SentenceView view, DocumentMentions mentions, int i)
    {
        var m = mentions.Actors[i];
        if (m.Cliticised) return (true, "");
        int k = m.FirstToken - 1;
        for (int step = 0; step < 3 && k >= view.First; step++, k--)
        {
            var tok = view.Text.Tokens[k];
            if (tok.Kind == TokenKind.Punctuation && !view.IsBreak(k)) continue;
            var (len, value) = Cues.Preposition.MatchAt(view.Text, k, k + 1);
            if (len == 1) return (true, value);
            // "بقوات", "لتنظيم": a descriptor with a glued preposition before the name.
            if (Cues.Descriptor.MatchAt(view.Text, k, k + 1).Length == 1)
            {
                var surface = view.Text.Surface(k);
                if (surface.Length > 0 && surface[0] is 'ب' or 'ل') return (true, "");
                continue;
            }
            return (false, "");
        }
        return (false, "");
    }

    // ---------------------------------------------------------------- status

    private string Status(SentenceView view, Draft d)
    {
        var m = d.Match;
        var text = view.Text;
        // Denial later in the sentence: "… الأمر الذي نفاه التنظيم".
        for (int k = m.EndToken; k < view.End; k++)
            if (Cues.Denial.MatchAt(text, k, view.End).Length > 0) return "denied";
        // Right after a verbal noun: "المعركة المرتقبة", "المفاوضات الجارية".
        for (int k = m.EndToken; k < Math.Min(view.End, m.EndToken + 3); k++)
        {
            var (len, value) = Cues.StatusAfter.MatchAt(text, k, view.End);
            if (len > 0) return value;
        }
        if (m.Entry.Status is string s) return s;
        if (m.Form.Future) return "planned";
        // "لم يتوصل", "لن ينسحب": negated.
        if (m.Entry.Kind == WordKind.Verb && m.FirstToken > view.First && text.Normalized(m.FirstToken - 1) is "لم" or "لن" or "ولم" or "ولن")
            return "denied";
        // The nearest governing cue before it: "ينوي الروس … إدخال", "أنباء عن خروج", "تجري مفاوضات".
        for (int k = m.FirstToken - 1; k >= Math.Max(view.First, m.FirstToken - StatusWindow); k--)
        {
            var (len, value) = Cues.StatusBefore.MatchAt(text, k, m.FirstToken);
            if (len > 0) return value;
        }
        // A present-tense verb of fighting, deploying or talking reports something under way.
        if (m.Form.Imperfect && d.Type is "ASSAULT" or "MOBILIZE" or "CONSULT" or "COERCE") return "ongoing";
        return "occurred";
    }

    // ---------------------------------------------------------------- place

    private int Place(SentenceView view, DocumentMentions mentions, Draft d)
    {
        var m = d.Match;
        int clause = view.ClauseOf(m.FirstToken);
        // After the trigger in its clause ("اشتباكات في حي القدم"), not a destination ("إلى إدلب").
        for (int k = m.EndToken; k < view.End && view.ClauseOf(k) == clause; k++)
        {
            int p = mentions.TokenPlace[k];
            if (p >= 0 && mentions.Places[p].FirstToken == k && !IsDestination(view, mentions.Places[p])) return p;
        }
        for (int k = m.FirstToken - 1; k >= view.First && view.ClauseOf(k) == clause; k--)
        {
            int p = mentions.TokenPlace[k];
            if (p >= 0 && mentions.Places[p].FirstToken == k && !IsDestination(view, mentions.Places[p])) return p;
        }
        return -1;
    }

    private bool IsDestination(SentenceView view, Mention place)
    {
        int k = place.FirstToken - 1;
        for (int step = 0; step < 2 && k >= view.First; step++, k--)
        {
            if (Cues.Destination.MatchAt(view.Text, k, k + 1).Length == 1) return true;
            if (view.Text.Tokens[k].Kind != TokenKind.Word) continue;
            // One descriptive head may stand between: "إلى مدينة إدلب".
            if (step == 0 && !view.Text.Normalized(k).StartsWith("ال", StringComparison.Ordinal)) continue;
            break;
        }
        return false;
    }

    /// <summary>
    /// The article's main place, for events whose sentence names none: the first place in the
    /// headline, else the body's most mentioned place, areas ("جنوب دمشق", "ريف حمص") counting double
    /// because a report's events are spread over an area's towns.
    /// </summary>
    private PlaceRecord? DominantPlace(DocumentContext doc, DocumentMentions mentions)
    {
        if (doc.Layout.Title is TextSpan title)
            foreach (var p in mentions.Places)
                if (title.Covers(new TextSpan(p.Start, p.End)) && (p.Id ?? p.NameEn) is not null)
                    return new PlaceRecord { Id = p.Id, NameEn = p.NameEn };
        var score = new Dictionary<string, (int Score, int First, Mention M)>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Places.Length; i++)
        {
            var p = mentions.Places[i];
            var key = p.Id ?? p.NameEn;
            if (key is null) continue;
            int w = Cues.AreaPrefix.MatchAt(doc.Analysed, p.FirstToken, p.EndToken).Length > 0 ? 2 : 1;
            score[key] = score.TryGetValue(key, out var v) ? (v.Score + w, v.First, v.M) : (w, i, p);
        }
        if (score.Count == 0) return null;
        var best = score.Values.OrderByDescending(v => v.Score).ThenBy(v => v.First).First().M;
        return new PlaceRecord { Id = best.Id, NameEn = best.NameEn };
    }

    // ---------------------------------------------------------------- counts

    private void Counts(SentenceView view, DocumentMentions mentions, Draft d)
    {
        var m = d.Match;
        // "مقتل 12", "قتل ثلاثين شخصاً", "خروج 3 دفعات": a number within two words after the trigger.
        for (int k = m.EndToken; k < Math.Min(view.End, m.EndToken + 3); k++)
        {
            if (view.IsBreak(k)) break;
            if (NumberAt(view, k) is not int n) continue;
            string counted = k + 1 < view.End ? Cues.Counted.MatchAt(view.Text, k + 1, view.End).Value : "";
            bool death = (m.Entry.Flags & TriggerFlags.Casualty) != 0 || counted == "death";
            if (death) d.Fatalities = n; else d.Quantity = n;
            return;
        }
    }

    private int? NumberAt(SentenceView view, int k)
    {
        var tok = view.Text.Tokens[k];
        if (tok.Kind == TokenKind.Number)
        {
            var digits = view.Text.Normalized(k).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal);
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;
        }
        if (tok.Kind != TokenKind.Word) return null;
        foreach (var f in ArabicWordForms.Candidates(view.Text.Normalized(k), WordKind.Word))
            if (Cues.Numbers.TryGetValue(f.Stem, out int v)) return v;
        return null;
    }

    /// <summary>
    /// A death toll is not an event of its own: a casualty trigger ("مقتل") in a sentence that
    /// reports an attack gives that attack its fatalities and is dropped.
    /// </summary>
    private static void FoldCasualties(List<Draft> drafts)
    {
        foreach (var c in drafts)
        {
            if ((c.Match.Entry.Flags & TriggerFlags.Casualty) == 0) continue;
            Draft? attack = null;
            foreach (var d in drafts)
                if (d != c && !d.Dropped && d.Type == "ASSAULT" && (d.Match.Entry.Flags & TriggerFlags.Casualty) == 0
                    && (attack is null || Math.Abs(d.Match.FirstToken - c.Match.FirstToken) < Math.Abs(attack.Match.FirstToken - c.Match.FirstToken)))
                    attack = d;
            if (attack is null) continue;
            attack.Fatalities ??= c.Fatalities;
            attack.Actor2 = attack.Actor2 >= 0 ? attack.Actor2 : c.Actor2;
            c.Dropped = true;
        }
    }

    private static bool HasActorOrStandsAlone(Draft d) =>
        d.Actor1 >= 0 || d.Actor2 >= 0 || (d.Match.Entry.Flags & TriggerFlags.Alone) != 0;

    // ---------------------------------------------------------------- attribution

    /// <summary>
    /// Whose claim the sentence is: the phrase after "بحسب", "وفقاً لـ", "نقلاً عن", or after a
    /// reporting verb when it names a source ("قالت وسائل إعلام روسية", "أفاد المرصد"). A definite
    /// source noun ("المصادر", "الوكالة") refers back to the latest source of that kind. Returns the
    /// source text (quotes and the tatweel of "لـ" removed) and its token range.
    /// </summary>
    private (string? Text, int First, int End) Attribution(AnalysedText text, Sentence sentence, DocumentMentions mentions, List<string> earlier)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var (len, _) = Cues.Attribution.MatchAt(text, t, sentence.EndToken);
            if (len == 0) continue;
            int cueEnd = t + len;
            bool verb = !IsPrepositionalCue(text, t);
            // "بحسب ما أفاد موقع …": the source follows the second cue.
            int k = cueEnd;
            if (k < sentence.EndToken && text.Normalized(k) == "ما") k++;
            if (k < sentence.EndToken && Cues.Attribution.MatchAt(text, k, sentence.EndToken).Length is int l2 and > 0) { k += l2; verb = false; }
            var (source, end) = SourcePhrase(text, k, sentence.EndToken);
            if (source is null) continue;
            // After a reporting verb, only a source noun makes a source; "أكد الروس" is a speaker.
            var (anaphorLen, head) = Cues.SourceAnaphor.MatchAt(text, k, sentence.EndToken);
            if (anaphorLen > 0 && end - k <= 2)
            {
                for (int i = earlier.Count - 1; i >= 0; i--)
                    if (earlier[i].StartsWith(NormalizedHeadSurface(head), StringComparison.Ordinal) || NormalizedText.Normalize(earlier[i]).StartsWith(NormalizedText.Normalize(head), StringComparison.Ordinal))
                        return (earlier[i], k, end);
            }
            if (verb && Cues.SourceNoun.MatchAt(text, k, sentence.EndToken).Length == 0) continue;
            return (source, k, end);
        }
        return (null, -1, -1);
    }

    private static string NormalizedHeadSurface(string head) => head;

    private static bool IsPrepositionalCue(AnalysedText text, int t)
    {
        var n = text.Normalized(t);
        return n.Contains("حسب", StringComparison.Ordinal) || n.Contains("وفق", StringComparison.Ordinal)
            || n.Contains("نقلا", StringComparison.Ordinal) || n.Contains("طبقا", StringComparison.Ordinal);
    }

    /// <summary>The source phrase from token <paramref name="from"/>: up to six words, through quotes and one bracketed name.</summary>
    private static (string? Text, int End) SourcePhrase(AnalysedText text, int from, int end)
    {
        var words = new List<string>();
        bool glue = false;
        int k = from;
        for (; k < end && words.Count < 6; k++)
        {
            var tok = text.Tokens[k];
            var surface = text.Surface(k);
            if (tok.Kind == TokenKind.Punctuation)
            {
                char c = surface[0];
                if (c is '"' or '“' or '”' or '«' or '»' or '\'') continue;
                // "وكالة (سبوتنيك)": a bracketed name right after one word; "(الجمعة)" after more ends it.
                if (c == '(' && words.Count == 1) continue;
                if (c == ')' && words.Count == 2) { k++; break; }
                break;
            }
            if (tok.Kind is not (TokenKind.Word or TokenKind.Latin or TokenKind.Number)) break;
            var n = text.Normalized(k);
            if (words.Count > 0 && n is "ان" or "فان" or "بان" or "معا" or "قولها" or "قوله" or "عن") break;
            var w = surface.ToString().Replace("\u0640", "", StringComparison.Ordinal);
            if (glue && words.Count > 0) words[^1] += w; else words.Add(w);
            // "لـ" with its tatweel glues to the next word: "لـ “صوت العاصمة”" → "لصوت العاصمة".
            glue = w == "ل";
        }
        return words.Count == 0 ? (null, k) : (string.Join(' ', words), k);
    }

    // ---------------------------------------------------------------- dates

    /// <summary>
    /// Date convention (docs/readme/events.md): the trigger's own sentence's time expression;
    /// else, for an event reported as done or demanded, the article's narrative date — the date of
    /// the last dated sentence, carried forward through sentences that continue the story and not
    /// into ones that tell of something earlier (background markers); planned, ongoing and rumoured
    /// events without a time of their own get none. Never the publication date by default.
    /// </summary>
    private string? Date(SentenceView view, DocumentMentions mentions, Draft d, string? narrative, bool background)
    {
        var own = NearestTime(view, mentions, d.Match.FirstToken);
        if (own is TimeRecord tr) return DateValue(tr.Value);
        if (d.Status is "planned" or "ongoing" or "rumoured") return null;
        return background ? null : narrative;
    }

    private static TimeRecord? NearestTime(SentenceView view, DocumentMentions mentions, int t)
    {
        TimeRecord? best = null;
        int bestDistance = int.MaxValue;
        foreach (var (first, end, time) in mentions.Times)
        {
            if (first < view.First || first >= view.End) continue;
            int dist = first >= t ? first - t : t - end;
            if (dist < bestDistance) { best = time; bestDistance = dist; }
        }
        return best;
    }

    /// <summary>A time value as an event date: a day or month as is; a range within one month as that month; else none.</summary>
    public static string? DateValue(string? value)
    {
        if (value is null || value.StartsWith('P')) return null;
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return value.Length >= 7 ? value : null;
        string a = value[..slash], b = value[(slash + 1)..];
        if (a.Length >= 7 && b.Length >= 7 && a[..7] == b[..7]) return a[..7];
        return null;
    }

    private bool HasBackground(SentenceView view)
    {
        for (int k = view.First; k < view.End; k++)
            if (Cues.Background.MatchAt(view.Text, k, view.End).Length > 0) return true;
        return false;
    }

    private static string? FirstNarrativeDate(AnalysedText text, DocumentMentions mentions, List<int> body)
    {
        // The lede often summarises the dated event of the next sentence: start with the first
        // date of the first two body sentences.
        for (int i = 0; i < Math.Min(2, body.Count); i++)
        {
            var s = text.Sentences[body[i]];
            foreach (var (first, _, time) in mentions.Times)
                if (first >= s.FirstToken && first < s.EndToken && DateValue(time.Value) is string v && v.Length == 10) return v;
        }
        return null;
    }

    private string? NextNarrativeDate(SentenceView view, DocumentMentions mentions, string? current)
    {
        foreach (var (first, _, time) in mentions.Times)
            if (first >= view.First && first < view.End && DateValue(time.Value) is string v && v.Length == 10) return v;
        return current;
    }

    // ---------------------------------------------------------------- record

    private EventRecord ToRecord(DocumentContext doc, SentenceView view, DocumentMentions mentions, Draft d, PlaceRecord? dominant, string? date, string? source)
    {
        var text = doc.Text;
        ActorRecord? Actor(int i)
        {
            if (i < 0) return null;
            var m = mentions.Actors[i];
            return new ActorRecord { Id = m.Id, NameEn = m.NameEn, Start = m.Start, End = m.End, Text = text[m.Start..m.End] };
        }
        PlaceRecord? location = dominant;
        if (d.Place >= 0)
        {
            var p = mentions.Places[d.Place];
            location = new PlaceRecord { Id = p.Id, NameEn = p.NameEn, Start = p.Start, End = p.End, Text = text[p.Start..p.End] };
        }
        var trigger = new TextSpan(view.Text.Tokens[d.Match.FirstToken].Start, view.Text.Tokens[d.Match.EndToken - 1].End);
        return new EventRecord
        {
            Type = d.Type,
            Mode = d.Match.Entry.Mode,
            Status = d.Status,
            Actor1 = Actor(d.Actor1),
            Actor2 = Actor(d.Actor2),
            Location = location,
            Date = date,
            Fatalities = d.Fatalities,
            Quantity = d.Quantity,
            AttributedTo = source,
            Evidence = new SpanRecord(view.Sentence.Start, view.Sentence.End),
            Trigger = new SpanRecord(trigger.Start, trigger.End) { Text = trigger.Of(text) },
        };
    }

    /// <summary>A trigger on its way to becoming an event.</summary>
    private sealed class Draft(TriggerMatch match)
    {
        public TriggerMatch Match { get; } = match;
        public string Type => Match.Entry.Type;
        public int Actor1 { get; set; } = -1;
        public int Actor2 { get; set; } = -1;
        public int Place { get; set; } = -1;
        public string Status { get; set; } = "occurred";
        public int? Fatalities { get; set; }
        public int? Quantity { get; set; }
        public bool Dropped { get; set; }
    }
}
