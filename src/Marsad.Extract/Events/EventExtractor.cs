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
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<EventRecord>();
        var body = BodySentences(doc);
        // Counted and attributed once per sentence: the article-wide checks and the sentence loop share them.
        var domainCounts = DomainCounts(text, body);
        if (body.Count == 0 || OffTopic(domainCounts)) return [];
        string? narrativeDate = FirstNarrativeDate(text, mentions, body);
        var attributions = Attributions(text, mentions, body);
        var sourceTokens = SourceTokens(text.Tokens.Length, attributions);
        for (int b = 0; b < body.Count; b++)
        {
            var sentence = text.Sentences[body[b]];
            var view = new SentenceView(text, sentence, Cues);
            bool sentenceOffTopic = domainCounts[b].Domain >= DomainFilter.SentenceHits;
            var (source, sourceFirst, sourceEnd) = attributions[b];
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var drafts = FindTriggers(view, mentions, sourceFirst, sourceEnd, keys, reported);
            if (drafts.Count == 0 || sentenceOffTopic)
            {
                reported.UnionWith(keys);
                narrativeDate = NextNarrativeDate(view, mentions, narrativeDate);
                continue;
            }
            var frontLineSides = FrontLineSides.Of(view, mentions, Cues);
            for (int i = 0; i < drafts.Count; i++)
            {
                var d = drafts[i];
                Roles(view, mentions, d, i > 0 ? drafts[i - 1] : null, sourceFirst, sourceEnd, sourceTokens, frontLineSides);
                d.Status = Status(view, d);
                d.Place = Place(view, mentions, d);
                Counts(view, mentions, d);
            }
            // "الروس طرحوا مبادرة … بعد طلب الفصائل": each addresses the other.
            var partners = ReciprocalPartners.Fill(drafts.ConvertAll(x => (x.Type, x.Actor1, x.Actor2)),
                (a, b) => a == b || SameReferent(mentions.Actors[a], mentions.Actors[b]));
            for (int i = 0; i < drafts.Count; i++)
            {
                if (partners[i] == drafts[i].Actor2) continue;
                // Inferred, not stated: it does not make the event one "by or against a named actor".
                drafts[i].Actor2 = partners[i];
                drafts[i].Actor2FromContext = true;
            }
            FoldCasualties(drafts, (a, b) => a == b || SameReferent(mentions.Actors[a], mentions.Actors[b]));
            DropRepeats(view, mentions, drafts, reported);
            bool background = HasBackground(view);
            var told = new List<Draft>();
            foreach (var d in drafts)
            {
                if (d.Dropped || !HasActorOrStandsAlone(d, mentions)) continue;
                if (Restates(view, mentions, told, d)) continue;
                told.Add(d);
                keys.Add(RepeatKey(d.Match.Entry) + "|" + ActorKey(mentions, d.Actor1));
                events.Add(ToRecord(doc, view, mentions, d, dominant, Date(view, mentions, d, narrativeDate, background), source));
            }
            reported.UnionWith(keys);
            narrativeDate = NextNarrativeDate(view, mentions, narrativeDate);
        }
        return events;
    }

    /// <summary>Whether an event already told in this sentence is the same happening (<see cref="SameHappening"/>); it takes this one's toll if it had none.</summary>
    private bool Restates(SentenceView view, DocumentMentions mentions, List<Draft> told, Draft d)
    {
        bool counter = false;
        for (int k = d.Match.EndToken; k < Math.Min(view.End, d.Match.EndToken + 2) && !counter; k++)
            counter = Cues.Counter.MatchAt(view.Text, k, k + 1).Length == 1;
        var later = new SameHappening.Roles(d.Type, d.Mode, d.Actor1, d.Actor2, d.Place, counter);
        foreach (var e in told)
        {
            if (!SameHappening.Is(new SameHappening.Roles(e.Type, e.Mode, e.Actor1, e.Actor2, e.Place, false), later,
                    (a, b) => a == b || SameReferent(mentions.Actors[a], mentions.Actors[b]))) continue;
            e.Fatalities ??= d.Fatalities;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Each body sentence's source (<see cref="Attribution"/>), in order: a definite source noun
    /// refers back to the sources of the sentences before it.
    /// </summary>
    private (string? Text, int First, int End)[] Attributions(AnalysedText text, DocumentMentions mentions, List<int> body)
    {
        var result = new (string? Text, int First, int End)[body.Count];
        var earlier = new List<string>();
        for (int b = 0; b < body.Count; b++)
        {
            result[b] = Attribution(text, text.Sentences[body[b]], mentions, earlier);
            if (result[b].Text is string source) earlier.Add(source);
        }
        return result;
    }

    /// <summary>Tokens of every body sentence's source phrase ("بحسب الدفاع المدني"): sources are no parties.</summary>
    private static bool[] SourceTokens(int tokenCount, (string? Text, int First, int End)[] attributions)
    {
        var marks = new bool[tokenCount];
        foreach (var (source, first, end) in attributions)
        {
            if (source is null) continue;
            for (int t = Math.Max(0, first); t < Math.Min(end, marks.Length); t++) marks[t] = true;
        }
        return marks;
    }

    /// <summary>Domain-word and conflict-word counts (see <see cref="DomainFilter"/>) of each body sentence.</summary>
    private (int Domain, int Conflict)[] DomainCounts(AnalysedText text, List<int> body)
    {
        var counts = new (int Domain, int Conflict)[body.Count];
        for (int b = 0; b < body.Count; b++)
            counts[b] = _resources.Domains.Count(text, text.Sentences[body[b]].FirstToken, text.Sentences[body[b]].EndToken);
        return counts;
    }

    /// <summary>Whether the body reads as sport, business or culture news (see <see cref="DomainFilter"/>).</summary>
    private static bool OffTopic((int Domain, int Conflict)[] sentenceCounts)
    {
        int domain = 0, conflict = 0;
        foreach (var (d, c) in sentenceCounts)
        {
            domain += d;
            conflict += c;
        }
        return DomainFilter.IsOffTopic((domain, conflict));
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

    private List<Draft> FindTriggers(SentenceView view, DocumentMentions mentions, int sourceFirst, int sourceEnd, HashSet<string> keys, HashSet<string> reported)
    {
        var text = view.Text;
        var drafts = new List<Draft>();
        var seen = new List<(TriggerMatch M, bool Admitted)>();
        for (int t = view.First; t < view.End; t++)
        {
            if (mentions.TokenMention[t] >= 0 && !UnlinkedNameStart(mentions, t) || mentions.TokenPlace[t] >= 0 || mentions.TokenTime[t]) continue;
            if (t >= sourceFirst && t < sourceEnd) continue;
            if (_matcher.MatchAt(text, t, view.End) is not TriggerMatch m) continue;
            t = m.EndToken - 1;
            if (m.Entry.IsBlocked) continue;
            view.MarkTrigger(m.FirstToken);
            if ((m.Entry.Flags & TriggerFlags.SiteObject) != 0 && m.Entry.Kind == WordKind.Verb) view.MarkSiteObjectVerb(m.EndToken - 1);
            bool admitted = Admissible(view, mentions, m, seen, reported);
            // Whatever it was here, the word has now been said: a later definite mention refers back.
            if (!admitted) keys.Add(RepeatKey(m.Entry) + "|*");
            keys.Add(KindKey(m.Entry));
            keys.Add("type:" + m.Entry.Type);
            seen.Add((m, admitted));
            if (!admitted) continue;
            var draft = new Draft(m);
            // "أكد الروس أن لا خروج لفصائل المعارضة": an action negated outright is refused.
            if (m.Entry.Kind == WordKind.Noun && t > view.First && Cues.Refusal.MatchAt(text, m.FirstToken - 1, m.FirstToken).Length == 1)
                draft = new Draft(m) { Type = "REJECT", Mode = null, TriggerStart = m.FirstToken - 1 };
            drafts.Add(draft);
        }
        return drafts;
    }

    /// <summary>
    /// A person the tagger found but the knowledge base does not know, starting at this
    /// token: a lexicon trigger there ("أوامر بإقالة" tagged as a person) is read as the trigger, not
    /// as the first word of a name — a linked name ("جيش الإسلام") always stays a name.
    /// </summary>
    private static bool UnlinkedNameStart(DocumentMentions mentions, int t)
    {
        var m = mentions.Actors[mentions.TokenMention[t]];
        // Only persons: an organisation's name may well start with such a noun ("هيئة التفاوض", "حركة الاحتجاج").
        return m.FirstToken == t && m.Type == "PER" && !m.Anaphor && m.Id is null && m.NameEn is null;
    }

    /// <summary>Whether a matched trigger reports a happening here, rather than naming a purpose, topic or detail of another.</summary>
    private bool Admissible(SentenceView view, DocumentMentions mentions, TriggerMatch m, List<(TriggerMatch M, bool Admitted)> before, HashSet<string> reported)
    {
        var text = view.Text;
        int t = m.FirstToken;
        bool noun = m.Entry.Kind == WordKind.Noun;
        // A verb never ends in teh marbuta: "وعدة" is و + عدة, not وعد + ه.
        if (m.Entry.Kind == WordKind.Verb && text.Surface(m.EndToken - 1).EndsWith("ة", StringComparison.Ordinal)) return false;
        // "لخروج", "للتفاوض": a purpose of something else, not something reported as happening —
        // except after a verb of undergoing ("تعرضت البلدة لقصف").
        // Nor after a verb of preparing ("تستعد القوات لشن هجوم"): what one prepares for is planned, not a purpose.
        if (noun && m.Form.Purpose && !Undergoes(view, t) && !PreparedFor(view, t)) return false;
        // "أبدت الفصائل استعدادها": some nouns report an act only when they are someone's.
        if ((m.Entry.Flags & TriggerFlags.Possessed) != 0 && !EndsWithPronoun(text.Surface(m.EndToken - 1))) return false;
        if (t > view.First && text.Tokens[t - 1].Kind == TokenKind.Word && !view.IsTrigger(t - 1))
        {
            // "مسألة خروج", "قرار الخروج", "بموجب اتفاق", "سير العمليات": a topic, a decision or a basis;
            // "ردّاً على هجومها", "خوفاً من الاستهداف": a cause, told as background to what is reported.
            if (noun && (Cues.ContentHead.MatchAt(text, t - 1, t).Length == 1 || t - 2 >= view.First && Cues.ContentHead.MatchAt(text, t - 2, t).Length == 2)) return false;
            // "لاستكمال انسحابه", "لإبرام اتفاق": the object of a purpose is a purpose too.
            var prev = text.Normalized(t - 1);
            if (noun && prev.Length >= 4 && prev[0] == 'ل' && !Cues.Undergo.IsEmpty && Cues.Undergo.MatchAt(text, t - 1, t).Length == 0) return false;
            // "وتأتي زيارة الروس بعد …": a kind of event already told, named again to frame background
            // (but "وجاءت صفقة التبادل لتزيد التوتر" tells a new one).
            if (Cues.Framing.MatchAt(text, t - 1, t).Length == 1 && reported.Contains(KindKey(m.Entry))) return false;
        }
        if ((m.Entry.Flags & TriggerFlags.AgentAfter) != 0 && !AgentFollows(view, mentions, m.EndToken)) return false;
        if ((m.Entry.Flags & TriggerFlags.WeaponAfter) != 0 && !WordWithin(view, Cues.Weapon, m.EndToken, 4)) return false;
        // "فجر" unvowelled and uninflected is mostly dawn or a name ("فجر ليبيا", "عملية فجر الكرمة"): as the
        // verb it needs what is blown up ("فجر نفسه", "فجر عبوة ناسفة").
        if ((m.Entry.Flags & TriggerFlags.BareWeapon) != 0 && IsBareForm(text.Normalized(t), m.Entry.Words[0])
            && !WordWithin(view, Cues.Weapon, m.EndToken, 4) && !WordWithin(view, Cues.BlastObject, m.EndToken, 4)) return false;
        if (before.Count == 0) return true;
        var (last, lastAdmitted) = before[^1];
        bool sameClause = view.ClauseOf(t) == view.ClauseOf(last.FirstToken);
        int gap = t - last.EndToken;
        // "لاتفاق هدنة": a noun right after a trigger that was set aside belongs to it.
        if (noun && gap == 0 && !lastAdmitted) return false;
        bool actorBetween = false;
        for (int k = last.EndToken; k < t; k++) actorBetween |= mentions.TokenMention[k] >= 0;
        // The content of a demand, threat, offer or refusal ("هدد … بعمل عسكري", "ضرورة وجود تنسيق",
        // "طرحوا مبادرة الخروج", "رفضوا تسليم أنفسهم") is part of it, not a happening of its own.
        if (noun && sameClause && lastAdmitted && last.Entry.Type is "REQUEST" or "THREATEN" or "AGREE" or "REJECT")
        {
            bool introduced = m.Form.Depth > 0 && text.Surface(t)[0] is 'ب' or 'ل'
                || Cues.Preposition.MatchAt(text, t - 1, t).Length == 1;
            if (introduced && gap <= 5 || gap <= 3 && !actorBetween) return false;
        }
        // "شنن هجمات متعددة استهدفت مقاتلي الهيئة", "بعمل عسكري ضخم يستهدف": a verb that describes the
        // attack just named is that attack.
        if (sameClause && !noun && last.Entry.Type == m.Entry.Type && gap <= 4 && !actorBetween) return false;
        // "الهجمات التي تستهدف قوات الأمن", "القصف الذي طال مناطقه": a relative clause describes the attack named.
        if (!noun && gap == 1 && last.Entry.Type == m.Entry.Type && text.Normalized(t - 1) is "التي" or "الذي" or "الذين") return false;
        // "قصفاً مدفعياً لقوات النظام استهدف المدينة": the attack noun is the verb's subject, whoever's
        // attack it is — one happening.
        if (sameClause && !noun && lastAdmitted && last.Entry.Kind == WordKind.Noun && last.Entry.Type == m.Entry.Type && gap <= 5) return false;
        // "واستهدفت الغارات مواقع …", "قصفت قصفاً عنيفاً": a noun of the same kind right after the verb is
        // its subject or cognate object, not a second happening.
        if (sameClause && noun && gap == 0 && lastAdmitted && last.Entry.Kind == WordKind.Verb && last.Entry.Type == m.Entry.Type) return false;
        // "وطرحت الحكومة العراقية مبادرة", "وشنت قوات النظام هجوماً": the same with the verb's subject
        // between (VSO) — the noun is the verb's object, one happening.
        if (sameClause && noun && lastAdmitted && last.Entry.Kind == WordKind.Verb && last.Entry.Type == m.Entry.Type
            && MentionAtSkippingDescriptors(view, mentions, last.EndToken) is int subject and >= 0 && mentions.Actors[subject].EndToken == t) return false;
        // "تدشيم ونشر وتعزيز", "الخروج … وتسليم المنطقة": a verbal noun joined by و to the trigger
        // before it shares its fate — the same happening, or the same topic or purpose.
        if (noun && sameClause && gap <= 8 && text.Surface(t)[0] == 'و' && (!lastAdmitted || last.Entry.Type == m.Entry.Type)) return false;
        return true;
    }

    /// <summary>A verb of preparing or intending (a planned cue: تستعد، يعتزم) governs the ل-noun at <paramref name="t"/>.</summary>
    private bool PreparedFor(SentenceView view, int t)
    {
        for (int k = t - 1; k >= Math.Max(view.First, t - 7); k--)
        {
            if (view.IsBreak(k) || view.IsTrigger(k)) break;
            var (len, value) = Cues.StatusBefore.MatchAt(view.Text, k, t);
            if (len > 0) return value == "planned";
        }
        return false;
    }

    /// <summary>The base form itself, or with only a conjunction و/ف glued to it ("فجر", "وفجر").</summary>
    private static bool IsBareForm(string word, string stem) =>
        word == stem || word.Length == stem.Length + 1 && word[0] is 'و' or 'ف' && word.AsSpan(1).SequenceEqual(stem);

    private bool Undergoes(SentenceView view, int t)
    {
        // The subject may stand between: "تعرضت بلدات عدة في المنطقة لقصف".
        for (int k = t - 1; k >= Math.Max(view.First, t - 7); k--)
        {
            if (view.IsBreak(k)) break;
            if (Cues.Undergo.MatchAt(view.Text, k, t).Length > 0) return true;
        }
        return false;
    }

    private static bool EndsWithPronoun(ReadOnlySpan<char> surface) =>
        surface.EndsWith("ه") || surface.EndsWith("ها") || surface.EndsWith("هم") || surface.EndsWith("هما") || surface.EndsWith("هن");

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

    private void Roles(SentenceView view, DocumentMentions mentions, Draft d, Draft? previous, int sourceFirst, int sourceEnd, bool[] sourceTokens, HashSet<int> frontLineSides)
    {
        var m = d.Match;
        bool noun = m.Entry.Kind == WordKind.Noun;
        int clause = view.ClauseOf(m.FirstToken);
        int a1 = -1, a2 = -1, inheritedA2 = -1;
        // "صفقة التبادل بين التنظيم والنظام": an explicit second side stands even for a one-sided type.
        bool between = false;
        // The second party is already named by a pronoun ("عرض عليهم", "يرفضه"): no later name is it.
        bool pronounObject = false;
        // The sides of a front line ("خطوط التماس بين X و Y") only say where: no party to a talk or refusal.
        var notParties = d.Type == "ASSAULT" ? null : frontLineSides;
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
                    if (y >= 0) { a2 = y; between = true; }
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
            // An indefinite noun's relative clause has no "التي": "غارات شنها طيران التحالف", "هجوم
            // انتحاري نفذه مسلحون من داعش" — the subject of the verb carrying the noun's pronoun acts.
            if (a1 < 0) a1 = IndefiniteRelativeDoer(view, mentions, m.EndToken, sourceFirst, sourceEnd);
            // "الحملة العسكرية من قبل قوات النظام": the agent phrase.
            if (a1 < 0) a1 = AgentPhrase(view, mentions, m.EndToken, plainMin: d.Type == "ASSAULT", lamAgent: d.Type == "ASSAULT" && (m.Entry.Flags & TriggerFlags.Patient) == 0);
            // A verbal noun shares the roles of the action before it in the sentence ("وحث الروس وفد
            // الفصائل … مع إعطاء وعود", "المواجهات بين … وسط اتهامات متبادلة").
            // Its own partner or target ("خلال المعركة المرتقبة ضد تنظيم داعش") still comes first.
            if (a1 < 0 && previous is not null && previous.Actor1 >= 0 && !NewSubjectBetween(view, mentions, previous.Match, previous.Actor1, m, sourceFirst, sourceEnd))
            {
                a1 = previous.Actor1;
                if (a2 < 0 && previous.Actor2 >= 0) inheritedA2 = previous.Actor2;
            }
        }
        else
        {
            int before = m.FirstToken - 1;
            while (before >= view.First && view.Text.Tokens[before].Kind == TokenKind.Punctuation && !view.IsBreak(before)) before--;
            bool qad = before >= view.First && view.Text.Normalized(before) is "قد" or "وقد";
            bool passive = IsPassive(view, m);
            var word = view.Text.Normalized(m.FirstToken);
            // SVO: "الروس طرحوا", "كان الجانب الروسي قد هدد": the subject stands right before the verb —
            // but not before a verb with و or ف, which opens a clause of its own ("دخل إلى مناطق سيطرة
            // التنظيم وعرض عليهم": التنظيم ends the clause before).
            int adjacent = qad ? ActorEndingAt(view, mentions, before - 1)
                : VerbClitics.HasConjunction(word, m.Entry.Words[0]) ? -1 : ActorEndingAt(view, mentions, before);
            if (adjacent >= 0 && !IsPrepositional(view, mentions, adjacent).Is) a1 = adjacent;
            // VSO: the subject follows the verb, looking through a descriptor, quotes and a time; a
            // person may come after a title ("ووعد … الكولونيل الروسي ألكسندر زورين").
            if (a1 < 0 && !qad)
            {
                int x = MentionAtSkippingDescriptors(view, mentions, SkipTime(view, mentions, m.EndToken));
                if (x < 0)
                {
                    int p = NextActor(view, mentions, m.EndToken, Math.Min(view.End, m.EndToken + PersonTitleWindow), sourceFirst, sourceEnd);
                    if (p >= 0 && mentions.Actors[p].Type == "PER" && view.ClauseOf(mentions.Actors[p].FirstToken) == clause) x = p;
                }
                if (x >= 0 && !IsPrepositional(view, mentions, x).Is)
                {
                    // "قُتل عشرات العناصر": after a passive verb the noun is who suffers it.
                    if (passive) a2 = x; else a1 = x;
                }
                // "وحذر الوفد الممثل للفصائل", "وهدد المتحدث باسم الحوثيين": whom the subject speaks for acts.
                if (a1 < 0 && a2 < 0 && !passive)
                    a1 = RepresentedSide.At(view, mentions, Cues, SkipTime(view, mentions, m.EndToken));
            }
            // "… وعرض عليهم": a verb glued to و with no subject of its own continues the sentence's subject.
            if (a1 < 0 && !qad && !passive && view.Text.Surface(m.FirstToken)[0] == 'و')
                a1 = previous is not null && previous.Actor1 >= 0 ? previous.Actor1 : FirstSubject(view, mentions, m.FirstToken, sourceFirst, sourceEnd);
            if (passive && a1 < 0) a1 = AgentPhrase(view, mentions, m.EndToken);
            if (passive) { d.Actor1 = a1; d.Actor2 = a2; return; }
            // "يرفضه", "التقاهم": the object is the pronoun; a plural one stands for people named before.
            if (!Cues.OneSided.Contains(d.Type) && VerbClitics.ObjectPronoun(word, m.Entry.Words[0], m.Form.Imperfect || m.Form.Future) is string pronoun)
            {
                pronounObject = true;
                if (PronounPartner.IsPlural(pronoun))
                    a2 = PronounPartner.Antecedent(view, mentions, m.FirstToken, a1, plural: true, sourceFirst, sourceEnd);
            }
        }
        // Subject before the trigger: SVO ("أن التنظيم قصف"), or the governing verb's subject for a verbal
        // noun ("وجدد الروس طلبهم").
        bool ownClause = a1 >= 0;
        if (a1 < 0)
        {
            a1 = PreviousActor(view, mentions, m.FirstToken, sourceFirst, sourceEnd, clause);
            ownClause = a1 >= 0 && view.ClauseOf(mentions.Actors[a1].FirstToken) == clause;
        }
        // Who leaves or withdraws may follow the trigger in any role ("خروج 3 دفعات من مسلحي جيش الإسلام").
        if (a1 < 0 && Cues.OneSided.Contains(d.Type)) a1 = NextActorInClause(view, mentions, m.EndToken, clause, sourceFirst, sourceEnd, -1);
        // Who it is done to or with: a partner or target after مع، ضد، على، بين; else a direct object.
        if (a2 < 0 && !pronounObject && !Cues.OneSided.Contains(d.Type))
        {
            int from = a1 >= 0 && mentions.Actors[a1].FirstToken >= m.EndToken ? mentions.Actors[a1].EndToken : m.EndToken;
            // "وعرض عليهم الخروج", "المفاوضات معهم": the partner is the pronoun's referent, named before.
            var (found, resolve, plural) = PronounPartner.At(view, Cues, from);
            if (found)
            {
                pronounObject = true;
                if (resolve) a2 = PronounPartner.Antecedent(view, mentions, m.FirstToken, a1, plural, sourceFirst, sourceEnd);
            }
        }
        if (a2 < 0 && !pronounObject && !Cues.OneSided.Contains(d.Type))
        {
            int from = a1 >= 0 && mentions.Actors[a1].FirstToken >= m.EndToken ? mentions.Actors[a1].EndToken : m.EndToken;
            a2 = Partner(view, mentions, from, clause, a1, sourceFirst, sourceEnd, notParties);
            // A shared role gives way only to a partner right after the noun ("المعركة المرتقبة ضد داعش"),
            // not to one farther on that belongs to a word in between ("وعود بحل المشاكل مع النظام").
            if (inheritedA2 >= 0 && (a2 < 0 || mentions.Actors[a2].FirstToken - m.EndToken > InheritedPartnerReach)) a2 = inheritedA2;
            // "الاتفاق المبرم مع فيلق الرحمن": a two-sided act whose doer is not in its clause is
            // told from its partner's side.
            if (a2 >= 0 && !ownClause && d.Type is "AGREE" or "CONSULT" or "COOPERATE" && IsPrepositional(view, mentions, a2).Value == "with")
            {
                a1 = a2;
                a2 = -1;
            }
            if (a2 < 0) a2 = NextActorInClause(view, mentions, from, clause, sourceFirst, sourceEnd, a1, notParties);
        }
        // Not in its clause: the rest of the sentence after the trigger.
        // (Acts aimed at someone only: an agreement, refusal or deployment often has no second party.)
        if (a2 < 0 && !pronounObject && d.Type is "REQUEST" or "THREATEN" or "ACCUSE" or "COERCE" or "CONSULT" or "ASSAULT")
            for (int k = m.EndToken; k < view.End && a2 < 0; k++) a2 = OtherActorAt(view, mentions, k, a1, sourceFirst, sourceEnd, notParties);
        // An attack, deployment or threat with no named target in its sentence is aimed at the
        // article's main adversary: the most mentioned actor that is not the doer.
        if (a2 < 0 && d.Type is "ASSAULT" or "MOBILIZE" or "COERCE" or "THREATEN")
        {
            a2 = mentions.MainActorOtherThan(a1 >= 0 ? mentions.Actors[a1] : null, sourceTokens);
            d.Actor2FromContext = a2 >= 0;
        }
        // "ضربات على مواقع يتحصن فيها تنظيم داعش": whoever holds the target is attacked, not attacking.
        // The doer is then the clause's subject, if it names one ("قامت القوات … بتوجيه ضربات على …").
        if (a1 >= 0 && TargetHolder.Is(view, mentions, Cues, a1))
        {
            int holder = a1;
            if (a2 < 0 || d.Actor2FromContext) { a2 = holder; d.Actor2FromContext = false; }
            a1 = FirstSubject(view, mentions, m.FirstToken, sourceFirst, sourceEnd);
            if (a1 >= 0 && (a1 == holder || SameReferent(mentions.Actors[a1], mentions.Actors[holder]))) a1 = -1;
            // A misread anaphor may make the holder the subject again: the target is then the article's adversary.
            if (a1 >= 0 && a2 >= 0 && SameReferent(mentions.Actors[a1], mentions.Actors[a2]))
            {
                a2 = mentions.MainActorOtherThan(mentions.Actors[a1], sourceTokens);
                d.Actor2FromContext = a2 >= 0;
            }
        }
        // "وقال رامي عبد الرحمن إن انتحارياً فجر نفسه": the person reporting force is not using it.
        if (a1 >= 0 && d.Type is "ASSAULT" or "COERCE" && ReportingSpeaker.Is(view, mentions, Cues, a1, m.FirstToken)) a1 = -1;
        if (Cues.OneSided.Contains(d.Type) && !between) a2 = -1;
        if (a1 >= 0 && a2 >= 0 && SameReferent(mentions.Actors[a1], mentions.Actors[a2])) a2 = -1;
        d.Actor1 = a1;
        d.Actor2 = a2;
    }

    /// <summary>
    /// Whether a clause of its own, with a subject other than the earlier doer, lies between the action
    /// before and this verbal noun: "وحذر الوفد … إلا أن الروس أصروا على الطلب" — the demand is the
    /// Russians', not the delegation's whose warning came first. ("المجزرة التي نفذها عناصر داعش … إثر
    /// هجوم" names the same doer again: the roles are still shared.)
    /// </summary>
    private bool NewSubjectBetween(SentenceView view, DocumentMentions mentions, TriggerMatch before, int doer, TriggerMatch m, int sourceFirst, int sourceEnd)
    {
        int clause = view.ClauseOf(m.FirstToken);
        if (view.ClauseOf(before.FirstToken) == clause) return false;
        for (int k = before.EndToken; k < m.FirstToken; k++)
        {
            if (view.ClauseOf(k) != clause || k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i >= 0 && mentions.Actors[i].FirstToken == k && !IsPrepositional(view, mentions, i).Is
                && i != doer && !SameReferent(mentions.Actors[i], mentions.Actors[doer])) return true;
        }
        return false;
    }

    // How close after a verbal noun its own partner must stand to override the roles it shares.
    private const int InheritedPartnerReach = 3;

    // A person's name may follow a title of a few words after the verb.
    private const int PersonTitleWindow = 9;

    /// <summary>
    /// A past verb whose first letter carries a damma (قُتل، اُستهدف) is passive; so is "تم" before a
    /// verbal noun. Unvowelled text gives no sign, and the verb is read as active.
    /// </summary>
    private static bool IsPassive(SentenceView view, TriggerMatch m)
    {
        if (m.Form.Imperfect) return false;
        var surface = view.Text.Surface(m.FirstToken);
        int i = 0;
        if (surface.Length > 2 && surface[0] is 'و' or 'ف' && surface[1] != '\u064F') i = 1;
        return i + 1 < surface.Length && surface[i + 1] == '\u064F';
    }

    /// <summary>
    /// "من قبل X" within a few words after the trigger: X is the agent; after an attack noun a plain
    /// "من X" is too ("لقصف مدفعي من قوات النظام"), and — unless the noun's genitive is its target
    /// (استهداف، اغتيال) — a name with a glued ل ("قصفاً مدفعياً لقوات النظام").
    /// </summary>
    private static int AgentPhrase(SentenceView view, DocumentMentions mentions, int from, bool plainMin = false, bool lamAgent = false)
    {
        for (int k = from; k + 1 < Math.Min(view.End, from + 8); k++)
        {
            if (view.IsBreak(k)) break;
            if (plainMin && k < from + 3 && view.Text.Normalized(k) == "من")
            {
                int j = mentions.TokenMention[k + 1];
                if (j >= 0 && mentions.Actors[j].FirstToken == k + 1) return j;
            }
            // "قصفاً مدفعياً لقوات النظام", "غارات للتحالف الدولي": after an attack noun a name with a glued
            // ل names whose attack it is.
            if (lamAgent && k < from + 2 && mentions.TokenMention[k] is int c and >= 0 && mentions.Actors[c].FirstToken == k
                && mentions.Actors[c].Cliticised && view.Text.Surface(k)[0] == 'ل') return c;
            if (k + 2 >= view.End) continue;
            if (view.Text.Normalized(k) == "من" && view.Text.Normalized(k + 1) == "قبل")
            {
                int i = mentions.TokenMention[k + 2];
                if (i < 0 && k + 3 < view.End) i = mentions.TokenMention[k + 3];
                return i;
            }
        }
        return -1;
    }

    // Adjectives between an indefinite noun and its relative verb ("غارات جوية روسية شنتها").
    private const int RelativeVerbReach = 3;
    // The relative verb's subject follows it closely, perhaps after a descriptor ("مسلحون من تنظيم داعش").
    private const int RelativeSubjectReach = 5;

    /// <summary>
    /// The doer named in an indefinite noun's relative clause (cue kind <c>relative-verb</c>): the
    /// first actor after the verb, within its clause and not a preposition's object — or -1.
    /// </summary>
    private int IndefiniteRelativeDoer(SentenceView view, DocumentMentions mentions, int from, int sourceFirst, int sourceEnd)
    {
        if (Cues.RelativeVerb.IsEmpty) return -1;
        for (int r = from; r < Math.Min(view.End, from + RelativeVerbReach); r++)
        {
            if (view.IsBreak(r)) return -1;
            // A name right after the noun is its genitive or a nationality adjective, no relative verb.
            if (mentions.TokenMention[r] >= 0) continue;
            int len = Cues.RelativeVerb.MatchAt(view.Text, r, view.End, exactFirstWord: true).Length;
            if (len == 0) continue;
            int clause = view.ClauseOf(r);
            int x = NextActor(view, mentions, r + len, Math.Min(view.End, r + len + RelativeSubjectReach), sourceFirst, sourceEnd);
            if (x < 0 || view.ClauseOf(mentions.Actors[x].FirstToken) != clause) return -1;
            // "شنه مسلحون من تنظيم داعش": fighters "of" a group are that group acting.
            if (IsPrepositional(view, mentions, x).Is && !FightersOf(view, mentions, x, r + len)) return -1;
            return x;
        }
        return -1;
    }

    /// <summary>Whether mention <paramref name="x"/> follows "AGENT من" right after <paramref name="from"/> ("مسلحون من داعش").</summary>
    private bool FightersOf(SentenceView view, DocumentMentions mentions, int x, int from)
    {
        int first = mentions.Actors[x].FirstToken;
        // "من تنظيم داعش": the descriptor before the name is looked through.
        while (first - 1 > from && Cues.Descriptor.MatchAt(view.Text, first - 1, first).Length == 1) first--;
        if (first - 2 < from || view.Text.Normalized(first - 1) != "من") return false;
        for (int k = from; k < first - 1; k++)
            if (Cues.Agent.MatchAt(view.Text, k, first - 1).Length > 0) return true;
        return false;
    }

    /// <summary>The first actor of the sentence that is no preposition's object and no source: its subject.</summary>
    private int FirstSubject(SentenceView view, DocumentMentions mentions, int before, int sourceFirst, int sourceEnd)
    {
        for (int k = view.First; k < before; k++)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i >= 0 && mentions.Actors[i].FirstToken == k && !IsPrepositional(view, mentions, i).Is) return i;
        }
        return -1;
    }

    /// <summary>The first actor after a partner or target preposition (مع، ضد، على، بين) in the clause.</summary>
    private int Partner(SentenceView view, DocumentMentions mentions, int from, int clause, int a1, int sourceFirst, int sourceEnd, HashSet<int>? notParties)
    {
        for (int k = from; k < view.End && view.ClauseOf(k) == clause; k++)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i < 0 || mentions.Actors[i].FirstToken != k || i == a1 || notParties?.Contains(i) == true) continue;
            if (a1 >= 0 && SameReferent(mentions.Actors[i], mentions.Actors[a1])) continue;
            var (isPrep, value) = IsPrepositional(view, mentions, i);
            if (isPrep && value is "with" or "against" or "between") return i;
        }
        return -1;
    }

    /// <summary>The first actor after <paramref name="from"/> in the clause other than a1 and a conjunct glued to it.</summary>
    private static int NextActorInClause(SentenceView view, DocumentMentions mentions, int from, int clause, int sourceFirst, int sourceEnd, int a1, HashSet<int>? notParties = null)
    {
        for (int k = from; k < view.End && view.ClauseOf(k) == clause; k++)
        {
            if (k >= sourceFirst && k < sourceEnd) continue;
            int i = mentions.TokenMention[k];
            if (i < 0 || mentions.Actors[i].FirstToken != k || i == a1 || notParties?.Contains(i) == true) continue;
            if (a1 >= 0 && SameReferent(mentions.Actors[i], mentions.Actors[a1])) continue;
            // "يحشد النظام والروس": the subject's conjunct is not the target.
            if (a1 >= 0 && mentions.Actors[a1].EndToken == k && view.Text.Surface(k)[0] == 'و') continue;
            return i;
        }
        return -1;
    }

    private static int OtherActorAt(SentenceView view, DocumentMentions mentions, int k, int a1, int sourceFirst, int sourceEnd, HashSet<int>? notParties)
    {
        if (k >= sourceFirst && k < sourceEnd) return -1;
        int i = mentions.TokenMention[k];
        if (i < 0 || mentions.Actors[i].FirstToken != k || i == a1 || notParties?.Contains(i) == true) return -1;
        if (a1 >= 0 && SameReferent(mentions.Actors[i], mentions.Actors[a1])) return -1;
        return i;
    }

    /// <summary>The actor mention whose last token is <paramref name="t"/>, or -1.</summary>
    private static int ActorEndingAt(SentenceView view, DocumentMentions mentions, int t)
    {
        if (t < view.First || t >= view.End) return -1;
        int i = mentions.TokenMention[t];
        return i >= 0 && mentions.Actors[i].EndToken == t + 1 ? i : -1;
    }

    /// <summary>Skips a time expression right after the verb ("توجه وفد روسي يوم أمس" has it after the subject; "دخل يوم الجمعة" before it).</summary>
    private static int SkipTime(SentenceView view, DocumentMentions mentions, int from)
    {
        foreach (var (first, end, _) in mentions.Times)
            if (first == from) return Math.Min(end, view.End);
        return from;
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
            i = CoordinationHead(view, mentions, i);
            if (view.ClauseOf(k) == clause) return i;
            if (fallback < 0) fallback = i;
        }
        return fallback;
    }

    /// <summary>
    /// In "النظام وحلفاؤه الروس" or "النظام والروس" the first conjunct leads: an actor ending at most
    /// two tokens before this one, with no break between, is preferred.
    /// </summary>
    private static int CoordinationHead(SentenceView view, DocumentMentions mentions, int i)
    {
        // Walk back through "X وY" and quoted lists "“X، Y، Z”": the first conjunct leads.
        for (int guard = 0; guard < 8; guard++)
        {
            var m = mentions.Actors[i];
            int found = -1;
            for (int k = m.FirstToken - 1; k >= Math.Max(view.First, m.FirstToken - 2); k--)
            {
                int j = mentions.TokenMention[k];
                if (j >= 0 && j != i) { found = j; break; }
                var tok = view.Text.Tokens[k];
                if (view.IsBreak(k) && !(view.Text.Text[tok.Start] is '،' or ',' && InsideQuotes(view, k))) break;
            }
            if (found < 0) return i;
            i = found;
        }
        return i;
    }

    private static bool InsideQuotes(SentenceView view, int k)
    {
        int quotes = 0;
        for (int t = view.First; t < k; t++)
        {
            var tok = view.Text.Tokens[t];
            if (tok.Kind == TokenKind.Punctuation && view.Text.Text[tok.Start] is '"' or '“' or '”' or '«' or '»') quotes++;
        }
        return quotes % 2 == 1;
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
            // "في فرع الأمن العسكري", "على مواقع النظام": one construct noun between the preposition and the name.
            if (step == 0 && k - 1 >= view.First && !view.Text.Normalized(k).StartsWith("ال", StringComparison.Ordinal)
                && Cues.Preposition.MatchAt(view.Text, k - 1, k).Length == 1 && Cues.Descriptor.MatchAt(view.Text, k, k + 1).Length == 0)
                return (true, Cues.Preposition.MatchAt(view.Text, k - 1, k).Value);
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
        {
            if (view.IsTrigger(k)) break;
            if (Cues.Denial.MatchAt(text, k, view.End).Length > 0) return "denied";
        }
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
        // The nearest governing cue before it, not past another trigger (a cue governs the action
        // right after it): "ينوي الروس … إدخال", "على أن يجري لقاء", "تجري مفاوضات". A rumour cue
        // anywhere in that stretch wins: a rumoured plan is a rumour.
        int from = Math.Max(view.First, m.FirstToken - 1);
        while (from > view.First && m.FirstToken - from < StatusWindow && !view.IsTrigger(from - 1)) from--;
        string? nearest = null;
        bool rumoured = false;
        for (int k = from; k < m.FirstToken; k++)
        {
            var (len, value) = Cues.StatusBefore.MatchAt(text, k, m.FirstToken);
            if (len == 0) continue;
            nearest = value;
            rumoured |= value == "rumoured";
            k += len - 1;
        }
        if (rumoured) return "rumoured";
        if (nearest is not null) return nearest;
        // A present-tense verb of fighting, deploying or talking reports something under way.
        if (m.Form.Imperfect && d.Type is "ASSAULT" or "MOBILIZE" or "CONSULT" or "COERCE") return "ongoing";
        return "occurred";
    }

    // ---------------------------------------------------------------- place

    /// <summary>
    /// The event's place: the first place after the trigger in its clause, else the nearest before it
    /// in the clause, else the same over the sentence; an area noun met first ("على المنطقة") and no
    /// place at all give the article's main place (-1). Destinations ("إلى إدلب") are skipped.
    /// </summary>
    private int Place(SentenceView view, DocumentMentions mentions, Draft d)
    {
        var m = d.Match;
        int clause = view.ClauseOf(m.FirstToken);
        for (int pass = 0; pass < 2; pass++)
        {
            bool inClause = pass == 0;
            // Beyond the clause only nearby places count: a long sentence's far places belong to other happenings.
            int reach = inClause ? PlaceReachInClause : PlaceReachInSentence;
            for (int k = m.EndToken; k < Math.Min(view.End, m.EndToken + reach) && (!inClause || view.ClauseOf(k) == clause); k++)
            {
                if (inClause && Cues.Area.MatchAt(view.Text, k, view.End).Length > 0) return AreaNamedAfter(view, mentions, k, m);
                int p = mentions.TokenPlace[k];
                if (p >= 0 && mentions.Places[p].FirstToken == k && IsSite(view, mentions, p, m)) return PlaceHead(view, mentions, p);
            }
            for (int k = m.FirstToken - 1; k >= Math.Max(view.First, m.FirstToken - reach) && (!inClause || view.ClauseOf(k) == clause); k--)
            {
                if (inClause && Cues.Area.MatchAt(view.Text, k, view.End).Length > 0) return -1;
                int p = mentions.TokenPlace[k];
                if (p >= 0 && mentions.Places[p].FirstToken == k && IsSite(view, mentions, p, m)) return PlaceHead(view, mentions, p);
            }
        }
        return -1;
    }

    // An area noun is named by a place this close after it ("المناطق الخاضعة لسيطرة الهيئة غرب مخيم اليرموك").
    private const int AreaQualifierReach = 10;

    /// <summary>
    /// "على المنطقة" alone refers to the article's area (-1: its main place); "المناطق الواقعة غرب
    /// مخيم اليرموك" names it by a site within a few words in the same clause — that place.
    /// </summary>
    private int AreaNamedAfter(SentenceView view, DocumentMentions mentions, int area, TriggerMatch m)
    {
        int clause = view.ClauseOf(area);
        for (int k = area + 1; k < Math.Min(view.End, area + AreaQualifierReach) && view.ClauseOf(k) == clause; k++)
        {
            if (view.IsTrigger(k)) break;
            int p = mentions.TokenPlace[k];
            if (p >= 0 && mentions.Places[p].FirstToken == k && IsSite(view, mentions, p, m)) return PlaceHead(view, mentions, p);
        }
        return -1;
    }

    // How far from the trigger a place may stand: in its clause, and elsewhere in the sentence.
    // Chosen on the samples' long sentences, where places 12+ words away belonged to other clauses.
    private const int PlaceReachInClause = 16;
    private const int PlaceReachInSentence = 10;

    /// <summary>
    /// A place is where the event happens when it is no destination and is introduced as a site: right
    /// after the trigger, or after a locative word (في، ب، من، عند، قرب، جنوب …), possibly through a
    /// descriptive head ("في مدينة دوما"); a place that is the genitive of another noun ("اتفاقيات
    /// دمشق") names something else.
    /// </summary>
    private bool IsSite(SentenceView view, DocumentMentions mentions, int p, TriggerMatch m)
    {
        // Where one travels to visit is where the visit happens ("توجه وفد روسي إلى مخيم اليرموك").
        if (IsDestination(view, mentions, p)) return m.Entry.Mode == "visit";
        var place = mentions.Places[p];
        if (place.Cliticised) return true;
        int k = place.FirstToken - 1;
        for (int step = 0; step < 3 && k >= view.First; step++, k--)
        {
            if (k == m.EndToken - 1) return true;
            // "… استهدف مدينة سراقب": the object of a verb of attack, whichever trigger the place is sought for.
            if (view.IsSiteObjectVerb(k)) return true;
            var tok = view.Text.Tokens[k];
            if (tok.Kind != TokenKind.Word) return true;
            if (Cues.Locative.MatchAt(view.Text, k, k + 1).Length == 1) return true;
            if (mentions.TokenPlace[k] >= 0) return true;
            // A glued ب or في-like head: "بغوطة", "بمدينة".
            var surface = view.Text.Surface(k);
            if (surface.Length > 2 && surface[0] == 'ب') return true;
            if (Cues.PlaceHead.MatchAt(view.Text, k, k + 1).Length == 1) continue;
            return InObjectSlot(view, mentions, p, m);
        }
        return true;
    }

    // Words other than the subject's name, a time and punctuation that may stand between a verb of
    // attack and its object place: an unnamed subject ("طائرات مجهولة") or an instrument ("بقذائف المدفعية").
    private const int ObjectSlotFreeWords = 4;

    /// <summary>
    /// A verb of attack or entry (flag <c>site-object</c>) takes the place it hits as its direct
    /// object, with no preposition: "قصفت طائرات حربية روسية مدينة إدلب", "اقتحمت قوات الأمن حي
    /// الشعار فجر اليوم". The place, or the bare descriptive head before it (مدينة، بلدة، قرية، حي …),
    /// must stand in the object slot: after the verb, its subject, a time and an instrument, with no
    /// clause break, locative or destination word, other place or other trigger between. Without a
    /// head only a named subject and a time may stand between ("هاجم الوزير حكومة بغداد" names no site).
    /// </summary>
    private bool InObjectSlot(SentenceView view, DocumentMentions mentions, int p, TriggerMatch m)
    {
        if ((m.Entry.Flags & TriggerFlags.SiteObject) == 0 || m.Entry.Kind != WordKind.Verb) return false;
        var text = view.Text;
        int slot = mentions.Places[p].FirstToken;
        if (slot < m.EndToken) return false;
        bool headed = false;
        while (slot - 1 >= m.EndToken && text.Tokens[slot - 1].Kind == TokenKind.Word && Cues.PlaceHead.MatchAt(text, slot - 1, slot).Length == 1)
        {
            // "بمدينة", "المدينة": a head with a clitic or the article is no bare object noun.
            var head = text.Surface(slot - 1);
            var n = text.Normalized(slot - 1);
            if (head[0] is 'ب' or 'ل' or 'ك' || n.StartsWith("ال", StringComparison.Ordinal)) return false;
            slot--;
            headed = true;
        }
        int free = 0;
        for (int k = m.EndToken; k < slot;)
        {
            if (view.IsBreak(k) || view.IsTrigger(k)) return false;
            if (mentions.TokenMention[k] is int a and >= 0) { k = Math.Max(k + 1, mentions.Actors[a].EndToken); continue; }
            int afterTime = SkipTime(view, mentions, k);
            if (afterTime > k) { k = afterTime; continue; }
            if (text.Tokens[k].Kind == TokenKind.Punctuation) { k++; continue; }
            if (mentions.TokenPlace[k] >= 0) return false;
            // "من" may open a partitive subject ("مجموعة من المسلحين"); other locatives introduce a place of their own.
            bool locative = Cues.Locative.MatchAt(text, k, k + 1).Length == 1 && text.Normalized(k) != "من";
            if (locative || Cues.Destination.MatchAt(text, k, k + 1).Length == 1) return false;
            if (++free > ObjectSlotFreeWords) return false;
            k++;
        }
        return headed || free == 0;
    }

    /// <summary>
    /// In "دوما بغوطة دمشق", "بيت سحم ويلدا وببيلا" the first place is the one meant (the others
    /// contain it or are listed with it): walk back to it.
    /// </summary>
    private static int PlaceHead(SentenceView view, DocumentMentions mentions, int p)
    {
        for (int guard = 0; guard < 6; guard++)
        {
            var place = mentions.Places[p];
            int found = -1;
            for (int k = place.FirstToken - 1; k >= Math.Max(view.First, place.FirstToken - 2); k--)
            {
                int q = mentions.TokenPlace[k];
                if (q >= 0 && q != p) { found = q; break; }
                var tok = view.Text.Tokens[k];
                if (tok.Kind == TokenKind.Word && view.Text.Normalized(k) is not ("في" or "و")) break;
                if (view.IsBreak(k) && !(view.Text.Text[tok.Start] is '،' or ',' && InsideBrackets(view, k))) break;
            }
            if (found < 0) return p;
            p = found;
        }
        return p;
    }

    private static bool InsideBrackets(SentenceView view, int k)
    {
        int depth = 0;
        for (int t = view.First; t < k; t++)
        {
            var tok = view.Text.Tokens[t];
            if (tok.Kind != TokenKind.Punctuation) continue;
            char c = view.Text.Text[tok.Start];
            if (c == '(') depth++;
            else if (c == ')') depth--;
        }
        return depth > 0 || InsideQuotes(view, k);
    }

    private bool IsDestination(SentenceView view, DocumentMentions mentions, int p)
    {
        var place = mentions.Places[p];
        int k = place.FirstToken - 1;
        for (int step = 0; step < 2 && k >= view.First; step++, k--)
        {
            if (Cues.Destination.MatchAt(view.Text, k, k + 1).Length == 1) return true;
            // "نحو حوض اليرموك جنوب سوريا": a place in apposition to a destination is one too.
            int q = mentions.TokenPlace[k];
            if (q >= 0 && q != p) return IsDestination(view, mentions, q);
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
        var table = WordFormTable.Of(view.Text);
        var numbers = Cues.Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var f in table.At(k, WordKind.Word))
            if (numbers.TryGetValue(table.Stem(f), out int v)) return v;
        return null;
    }

    /// <summary>
    /// A death toll is not an event of its own: a casualty trigger ("مقتل") in a sentence that
    /// reports an attack gives that attack its fatalities and is dropped.
    /// </summary>
    private static void FoldCasualties(List<Draft> drafts, Func<int, int, bool> same)
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
            // The toll's other side may be the attacker itself ("قتل خمسة في غارة نفذتها طائرات روسية"):
            // it is no target of its own attack.
            if (attack.Actor2 < 0 && c.Actor2 >= 0 && !(attack.Actor1 >= 0 && same(attack.Actor1, c.Actor2))) attack.Actor2 = c.Actor2;
            c.Dropped = true;
        }
    }

    /// <summary>
    /// A definite verbal noun the article has already reported with the same word and actor ("الاجتماع",
    /// "الاتفاق", "الحملة العسكرية" after the meeting, agreement or campaign was told) refers back to that
    /// happening and is not a new one — unless a status word marks it as news ("المفاوضات الجارية").
    /// </summary>
    private void DropRepeats(SentenceView view, DocumentMentions mentions, List<Draft> drafts, HashSet<string> reported)
    {
        var text = view.Text;
        foreach (var d in drafts)
        {
            var m = d.Match;
            if (d.Dropped || m.Entry.Kind != WordKind.Noun) continue;
            // Told before by the same actor (or by anyone, when this one names none; or any event of
            // its type, when it names no actor and is definite: "الاجتماع ضمّ …" after "مفاوضات").
            string key = RepeatKey(m.Entry) + "|";
            bool told = reported.Contains(key + "*") || reported.Contains(key + ActorKey(mentions, d.Actor1))
                || d.Actor1 < 0 && (reported.Contains("type:" + d.Type) || reported.Any(r => r.StartsWith(key, StringComparison.Ordinal)));
            var n = text.Normalized(m.FirstToken);
            bool definite = n.StartsWith("ال", StringComparison.Ordinal) || n.Length > 3 && n[0] is 'و' or 'ف' or 'ب' or 'ك' && n.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)
                || n.StartsWith("لل", StringComparison.Ordinal) || n.StartsWith("ولل", StringComparison.Ordinal);
            // "زيارة الروس": a noun before a definite genitive is definite too.
            if (!definite && m.EndToken < view.End && mentions.TokenMention[m.EndToken] >= 0) definite = true;
            bool demonstrative = m.FirstToken > view.First && Cues.Demonstrative.MatchAt(text, m.FirstToken - 1, m.FirstToken).Length == 1;
            // "حوادث الاختطاف تلك": a demonstrative after the definite noun points back just the same
            // (not "الهجوم هذا الأسبوع", a time, nor "… تلك التي", nor "ذلك الهجوم" opening the next phrase).
            if (!demonstrative && definite && m.EndToken < view.End && !mentions.TokenTime[m.EndToken]
                && Cues.Demonstrative.MatchAt(text, m.EndToken, m.EndToken + 1).Length == 1
                && (m.EndToken + 1 >= view.End || !text.Normalized(m.EndToken + 1).StartsWith("ال", StringComparison.Ordinal)))
                demonstrative = true;
            if (demonstrative) { d.Dropped = true; continue; }
            if (!told || !definite) continue;
            // "المفاوضات الجارية", "يجري التفاوض": still under way, so news again.
            bool marked = false;
            for (int k = m.EndToken; k < Math.Min(view.End, m.EndToken + 2) && !marked; k++) marked = Cues.StatusAfter.MatchAt(text, k, view.End).Value == "ongoing";
            for (int k = Math.Max(view.First, m.FirstToken - 2); k < m.FirstToken && !marked; k++) marked = Cues.StatusBefore.MatchAt(text, k, m.FirstToken).Value == "ongoing";
            if (!marked) d.Dropped = true;
        }
    }

    // The same lexicon word of the same type: "الاجتماع" after "اجتماعهم", not "المفاوضات" after "التقى".
    private static string RepeatKey(TriggerEntry e) => e.Type + " " + string.Join(' ', e.Words);

    // The kind of happening (type and mode), for framing verbs.
    private static string KindKey(TriggerEntry e) => "kind:" + e.Type + "/" + e.Mode;

    private static string ActorKey(DocumentMentions mentions, int actor) =>
        actor < 0 ? "" : mentions.Actors[actor].Id ?? mentions.Actors[actor].NameEn ?? "";

    /// <summary>
    /// record.md: an event is by or against a named actor — one the knowledge base knows (an id or an
    /// English name) — or a clear attack whose perpetrator the text does not name. A death alone
    /// ("مقتل", "القتل" in a legal text) is an attack only with a toll or an actor.
    /// </summary>
    private static bool HasActorOrStandsAlone(Draft d, DocumentMentions mentions)
    {
        bool Named(int i) => i >= 0 && (mentions.Actors[i].Id ?? mentions.Actors[i].NameEn) is not null;
        if (Named(d.Actor1) || !d.Actor2FromContext && Named(d.Actor2)) return true;
        var flags = d.Match.Entry.Flags;
        if ((flags & TriggerFlags.Alone) == 0) return false;
        return (flags & TriggerFlags.Casualty) == 0 || d.Fatalities is not null;
    }

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
    /// Date convention (README.md, section "Events"): the trigger's own sentence's time expression;
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
        var trigger = new TextSpan(view.Text.Tokens[d.TriggerStart].Start, view.Text.Tokens[d.Match.EndToken - 1].End);
        return new EventRecord
        {
            Type = d.Type,
            Mode = d.Mode,
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
        public string Type { get; init; } = match.Entry.Type;
        public string? Mode { get; init; } = match.Entry.Mode;
        /// <summary>First token of the trigger span (a refusal particle before the word, else the word).</summary>
        public int TriggerStart { get; init; } = match.FirstToken;
        public int Actor1 { get; set; } = -1;
        public int Actor2 { get; set; } = -1;
        public int Place { get; set; } = -1;
        public string Status { get; set; } = "occurred";
        public int? Fatalities { get; set; }
        public int? Quantity { get; set; }
        public bool Dropped { get; set; }
        /// <summary>actor2 came from the article or another event's doer, not from the words around the trigger: it does not make the event "by or against a named actor".</summary>
        public bool Actor2FromContext { get; set; }
    }
}
