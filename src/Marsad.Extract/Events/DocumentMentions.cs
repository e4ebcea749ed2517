using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Events;

/// <summary>A mention the event stage can use as an actor or place, placed on the token grid.</summary>
/// <param name="Start">UTF-16 start of the mention (the name, or the anaphor's own words).</param>
/// <param name="End">UTF-16 end of the mention.</param>
/// <param name="FirstToken">First token the mention touches.</param>
/// <param name="EndToken">One past the last token it touches.</param>
/// <param name="Id">Knowledge-base id it refers to (an anaphor's antecedent's), or null.</param>
/// <param name="NameEn">English canonical name of that id, or null.</param>
/// <param name="Type">Entity type: ORG, PER or LOC.</param>
/// <param name="Cliticised">The mention starts inside its token (لروس in للروس): a preposition is glued to it.</param>
/// <param name="Anaphor">A generic reference (التنظيم، الفصائل) resolved to what it refers to.</param>
internal readonly record struct Mention(int Start, int End, int FirstToken, int EndToken, string? Id, string? NameEn, string Type, bool Cliticised, bool Anaphor)
{
    public bool IsPlace => Type == "LOC";
    public bool IsActor => Type is "ORG" or "PER";
}

/// <summary>
/// The entity layer laid on the token grid for the event rules: actor mentions (ORG, PER and
/// resolved anaphora), place mentions and time expressions, each sorted by position.
/// </summary>
internal sealed class DocumentMentions
{
    private readonly AnalysedText _text;

    public DocumentMentions(DocumentContext doc, EventCues cues)
    {
        _text = doc.Analysed;
        var actors = new List<Mention>();
        var places = new List<Mention>();
        foreach (var e in doc.Entities)
        {
            if (e.End <= e.Start || e.End > doc.Text.Length) continue;
            var m = ToMention(e.Start, e.End, e.Id, e.NameEn, e.Type, false);
            if (m.IsPlace) places.Add(m);
            else if (m.IsActor) actors.Add(m);
        }
        actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        places.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddAnaphora(actors, cues);
        actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        Actors = actors.ToArray();
        Places = places.ToArray();
        TokenMention = new int[_text.Tokens.Length];
        Array.Fill(TokenMention, -1);
        for (int i = 0; i < Actors.Length; i++)
            for (int t = Actors[i].FirstToken; t < Actors[i].EndToken; t++) TokenMention[t] = i;
        TokenPlace = new int[_text.Tokens.Length];
        Array.Fill(TokenPlace, -1);
        for (int i = 0; i < Places.Length; i++)
            for (int t = Places[i].FirstToken; t < Places[i].EndToken; t++) if (TokenMention[t] < 0) TokenPlace[t] = i;
        var times = new List<(int First, int End, TimeRecord Time)>();
        foreach (var tr in doc.Times)
        {
            if (tr.End <= tr.Start || tr.End > doc.Text.Length) continue;
            times.Add((TokenAt(tr.Start), TokenAfter(tr.End), tr));
        }
        Times = times.ToArray();
        TokenTime = new bool[_text.Tokens.Length];
        foreach (var (first, end, _) in Times)
            for (int t = first; t < Math.Min(end, TokenTime.Length); t++) TokenTime[t] = true;
    }

    /// <summary>Whether each token lies inside a time expression ("فجر اليوم" is dawn, not فجّر 'blew up').</summary>
    public bool[] TokenTime { get; }

    public Mention[] Actors { get; }
    public Mention[] Places { get; }
    public (int First, int End, TimeRecord Time)[] Times { get; }
    /// <summary>Index into <see cref="Actors"/> of the mention covering each token, or -1.</summary>
    public int[] TokenMention { get; }
    /// <summary>Index into <see cref="Places"/> of the place covering each token, or -1.</summary>
    public int[] TokenPlace { get; }

    private Mention ToMention(int start, int end, string? id, string? name, string type, bool anaphor)
    {
        int first = TokenAt(start), last = TokenAfter(end);
        bool clitic = first < _text.Tokens.Length && _text.Tokens[first].Start < start;
        return new Mention(start, end, first, Math.Max(last, first + 1), id, name, type, clitic, anaphor);
    }

    /// <summary>
    /// The most mentioned actor of the article other than <paramref name="doer"/> (its first
    /// mention), or -1: who an attack or deployment is aimed at when its sentence names no target.
    /// Mentions inside a source phrase (<paramref name="sourceTokens"/>) do not count.
    /// </summary>
    public int MainActorOtherThan(Mention? doer, bool[]? sourceTokens = null)
    {
        var doerKey = doer is Mention d ? d.Id ?? d.NameEn : null;
        foreach (var (key, first) in TopActors(sourceTokens))
            if (key != doerKey) return first;
        return -1;
    }

    // The ranking depends only on the source tokens, which are the same for a whole article: it is
    // made once, not once per event.
    private bool[]? _rankedWith;
    private (string Key, int First)[]? _topActors;

    /// <summary>
    /// The two actors (key, first mention) mentioned most outside <paramref name="sourceTokens"/>,
    /// the earlier first mention winning a tie — enough to name the main actor other than any one doer.
    /// </summary>
    private (string Key, int First)[] TopActors(bool[]? sourceTokens)
    {
        if (_topActors is not null && ReferenceEquals(_rankedWith, sourceTokens)) return _topActors;
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < Actors.Length; i++)
        {
            // Whose claim it is ("بحسب الدفاع المدني", "أفادت وكالة الأناضول") is no party to the fighting.
            if (sourceTokens is not null && Actors[i].FirstToken < sourceTokens.Length && sourceTokens[Actors[i].FirstToken]) continue;
            var key = Actors[i].Id ?? Actors[i].NameEn;
            if (key is null) continue;
            counts[key] = counts.TryGetValue(key, out var v) ? (v.Count + 1, v.First) : (1, i);
        }
        _topActors = counts
            .OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First)
            .Take(2).Select(c => (c.Key, c.Value.First)).ToArray();
        _rankedWith = sourceTokens;
        return _topActors;
    }

    /// <summary>Index of the token holding <paramref name="offset"/>, or of the first token after it.</summary>
    public int TokenAt(int offset)
    {
        var tokens = _text.Tokens;
        int lo = 0, hi = tokens.Length - 1, ans = tokens.Length;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End > offset) { ans = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return ans;
    }

    /// <summary>One past the last token that starts before <paramref name="end"/>.</summary>
    public int TokenAfter(int end)
    {
        var tokens = _text.Tokens;
        int lo = 0, hi = tokens.Length - 1, ans = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < end) { ans = mid + 1; lo = mid + 1; }
            else hi = mid - 1;
        }
        return ans;
    }

    /// <summary>
    /// Generic references (التنظيم، الفصائل، الأخير) become actor mentions of what they refer to: the
    /// most recent named mention that carries the anaphor's cue word (تنظيم "جيش الإسلام" for
    /// التنظيم), else the anaphor's default id, else nothing. "الأخير" takes the latest actor.
    /// </summary>
    private void AddAnaphora(List<Mention> actors, EventCues cues)
    {
        if (cues.Anaphor.IsEmpty) return;
        var covered = new bool[_text.Tokens.Length];
        foreach (var m in actors) for (int t = m.FirstToken; t < m.EndToken; t++) covered[t] = true;
        var named = actors.ToArray();
        for (int t = 0; t < _text.Tokens.Length; t++)
        {
            if (covered[t]) continue;
            var (len, value) = cues.Anaphor.MatchAt(_text, t, _text.Tokens.Length);
            if (len == 0) continue;
            bool overlapsEntity = false;
            for (int k = t; k < t + len; k++) overlapsEntity |= covered[k];
            if (overlapsEntity) continue;
            var parts = value.Split(';');
            var cueWords = parts[0].Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (cueWords is ["*"] && !StandsAlone(t)) continue;
            string? id = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null;
            string? name = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null;
            var antecedent = FindAntecedent(named, _text.Tokens[t].Start, cueWords);
            if (antecedent is Mention a) { id = a.Id; name = a.NameEn; }
            if (id is null && name is null) { t += len - 1; continue; }
            int start = _text.Tokens[t].Start, end = _text.Tokens[t + len - 1].End;
            // "وفد الفصائل" is a word of its own; "والفصائل", "للفصائل" carry a clitic outside the mention.
            bool glued = cues.Anaphor.MatchAt(_text, t, _text.Tokens.Length, exactFirstWord: true).Length == 0;
            if (glued) start += _text.Normalized(t).StartsWith("لل", StringComparison.Ordinal) ? 1 : 1;
            actors.Add(new Mention(start, end, t, t + len, id, name, "ORG", glued, true));
            for (int k = t; k < t + len; k++) covered[k] = true;
            t += len - 1;
        }
    }

    /// <summary>
    /// "الأخير" refers to an actor only as a noun; after a definite or possessed noun it is an
    /// adjective ("اجتماعهم الأخير", their last meeting), after a construct noun it is the anaphor
    /// ("منع الأخير", the latter's preventing).
    /// </summary>
    private bool StandsAlone(int t)
    {
        if (t == 0 || _text.Tokens[t - 1].Kind != TokenKind.Word) return true;
        var prev = _text.Surface(t - 1);
        var n = _text.Normalized(t - 1);
        if (n.StartsWith("ال", StringComparison.Ordinal) || n.StartsWith("وال", StringComparison.Ordinal)
            || n.StartsWith("بال", StringComparison.Ordinal) || n.StartsWith("لل", StringComparison.Ordinal)) return false;
        return !(prev.EndsWith("ه") || prev.EndsWith("هم") || prev.EndsWith("ها") || prev.EndsWith("نا"));
    }

    private Mention? FindAntecedent(Mention[] named, int before, string[] cueWords)
    {
        if (cueWords.Length == 0) return null;
        // Normalised once here, not once per earlier mention.
        var normalized = Array.ConvertAll(cueWords, w => NormalizedText.Normalize(w));
        for (int i = named.Length - 1; i >= 0; i--)
        {
            var m = named[i];
            if (m.Start >= before || m.Id is null && m.NameEn is null) continue;
            if (cueWords[0] == "*") return m;
            // The cue word is the mention's own first word or a word just before it (skipping quotes).
            int t = m.FirstToken;
            if (CarriesCue(t, normalized)) return m;
            // A glued conjunction ("والقوات") means the word before belongs to the previous phrase.
            if (m.Cliticised) continue;
            int p = t - 1;
            while (p >= 0 && _text.Tokens[p].Kind == TokenKind.Punctuation && t - p < 3) p--;
            if (p >= 0 && CarriesCue(p, normalized)) return m;
        }
        return null;
    }

    private bool CarriesCue(int t, string[] normalizedCueWords)
    {
        foreach (var n in normalizedCueWords)
        {
            if (PhraseSet.WordIs(_text, t, n)) return true;
            var table = WordFormTable.Of(_text);
            foreach (var f in table.At(t, WordKind.Noun)) if (table.Stem(f).SequenceEqual(n)) return true;
        }
        return false;
    }
}
