using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>A set of (multi-word) cue phrases with a value each, matched on tokens through clitics.</summary>
public sealed class PhraseSet
{
    // Probed with each candidate form's precomputed hash: a token's forms meet a dozen sets.
    private readonly StemTable<List<(string[] Words, string Value)>> _byFirst = new();

    public void Add(string phrase, string value)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++) words[i] = NormalizedText.Normalize(words[i]);
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst.Set(words[0], list = []);
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>
    /// The longest phrase starting at token <paramref name="t"/> (not running past
    /// <paramref name="end"/>): its length in tokens and value, or length 0.
    /// </summary>
    public (int Length, string Value) MatchAt(AnalysedText text, int t, int end, bool exactFirstWord = false)
    {
        if (t < 0 || t >= end || t >= text.Tokens.Length || text.Tokens[t].Kind != TokenKind.Word) return (0, "");
        var table = WordFormTable.Of(text);
        foreach (var form in table.At(t, WordKind.Word))
        {
            if (exactFirstWord && form.Depth > 0) continue;
            if (!_byFirst.TryGetValue(table.Stem(form), form.Hash, out var list)) continue;
            foreach (var (words, value) in list)
            {
                if (t + words.Length > end) continue;
                bool ok = true;
                for (int k = 1; k < words.Length && ok; k++) ok = WordIs(text, t + k, words[k]);
                if (ok) return (words.Length, value);
            }
        }
        return (0, "");
    }

    /// <summary>Whether token <paramref name="t"/> is the normalised word <paramref name="word"/>, clitics aside.</summary>
    public static bool WordIs(AnalysedText text, int t, string word)
    {
        if (text.Tokens[t].Kind != TokenKind.Word) return false;
        var n = text.Normalized(t);
        if (n == word) return true;
        var table = WordFormTable.Of(text);
        foreach (var f in table.At(t, WordKind.Word)) if (table.Stem(f).SequenceEqual(word)) return true;
        return false;
    }
}

/// <summary>
/// The event stage's cue words (resources/events/cues.tsv): status markers, attribution phrases,
/// narrative-break markers, clause breaks, prepositions, agent and weapon words, anaphora, number
/// words. See the file's header for each kind.
/// </summary>
public sealed class EventCues
{
    public const string Format = "marsad.event-cues/1";

    public PhraseSet StatusBefore { get; } = new();
    public PhraseSet StatusAfter { get; } = new();
    public PhraseSet Denial { get; } = new();
    public PhraseSet Attribution { get; } = new();
    public PhraseSet SourceAnaphor { get; } = new();
    public PhraseSet SourceNoun { get; } = new();
    public PhraseSet Background { get; } = new();
    public PhraseSet ClauseBreak { get; } = new();
    public PhraseSet Preposition { get; } = new();
    public PhraseSet Agent { get; } = new();
    public PhraseSet Weapon { get; } = new();
    public PhraseSet BlastObject { get; } = new();
    public PhraseSet Anaphor { get; } = new();
    public PhraseSet ContentHead { get; } = new();
    public PhraseSet Descriptor { get; } = new();
    public PhraseSet Destination { get; } = new();
    public PhraseSet AreaPrefix { get; } = new();
    public PhraseSet Area { get; } = new();
    public PhraseSet Counted { get; } = new();
    public PhraseSet Refusal { get; } = new();
    public PhraseSet Undergo { get; } = new();
    public PhraseSet Locative { get; } = new();
    public PhraseSet PlaceHead { get; } = new();
    public PhraseSet Framing { get; } = new();
    public PhraseSet Demonstrative { get; } = new();
    public PhraseSet FrontLine { get; } = new();
    public PhraseSet Representative { get; } = new();
    public PhraseSet PartnerPronoun { get; } = new();
    public PhraseSet TargetSide { get; } = new();
    public PhraseSet Complementizer { get; } = new();
    public PhraseSet RelativeVerb { get; } = new();
    public PhraseSet Counter { get; } = new();
    public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);
    /// <summary>PLOVER types whose events take no actor2.</summary>
    public HashSet<string> OneSided { get; } = new(StringComparer.Ordinal);

    /// <summary>Switches (kind "setting"): a user's --resources cues.tsv read later overrides the shipped value.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether triggers.petrarch.tsv is loaded under the curated triggers (setting use-imported-triggers).</summary>
    public bool UseImportedTriggers => Settings.TryGetValue("use-imported-triggers", out var v) && v == "yes";

    private PhraseSet SettingSet(TsvLine line)
    {
        var value = line.Optional(2) ?? "";
        if (line[1] == "use-imported-triggers" && value is not ("yes" or "no"))
            throw line.Error("use-imported-triggers takes yes or no");
        Settings[line[1]] = value;
        return Ignored;
    }

    private PhraseSet OneSidedSet(TsvLine line)
    {
        if (!TriggerLexicon.PloverTypes.Contains(line[1])) throw line.Error($"'{line[1]}' is not a PLOVER type");
        OneSided.Add(line[1]);
        return Ignored;
    }

    public static EventCues Load(ResourceSet resources)
    {
        var cues = new EventCues();
        foreach (var f in resources.Files("events/cues.tsv")) cues.AddFile(f);
        return cues;
    }

    public void AddFile(string path)
    {
        foreach (var line in TsvResource.Read(path, Format, 2))
        {
            string phrase = line[1], value = line.Optional(2) ?? "";
            if (phrase.Trim().Length == 0) throw line.Error("empty cue phrase");
            PhraseSet set = line[0] switch
            {
                "status-before" => StatusBefore,
                "status-after" => StatusAfter,
                "denial" => Denial,
                "attribution" => Attribution,
                "source-anaphor" => SourceAnaphor,
                "source-noun" => SourceNoun,
                "background" => Background,
                "clause-break" => ClauseBreak,
                "preposition" => Preposition,
                "agent" => Agent,
                "weapon" => Weapon,
                "blast-object" => BlastObject,
                "anaphor" => Anaphor,
                "content-head" => ContentHead,
                "descriptor" => Descriptor,
                "destination" => Destination,
                "area-prefix" => AreaPrefix,
                "area" => Area,
                "counted" => Counted,
                "refusal" => Refusal,
                "undergo" => Undergo,
                "locative" => Locative,
                "place-head" => PlaceHead,
                "framing" => Framing,
                "demonstrative" => Demonstrative,
                "front-line" => FrontLine,
                "representative" => Representative,
                "partner-pronoun" => PartnerPronoun,
                "target-side" => TargetSide,
                "complementizer" => Complementizer,
                "relative-verb" => RelativeVerb,
                "counter" => Counter,
                "one-sided" => OneSidedSet(line),
                "number" => NumberSet(line),
                "purpose" => Ignored,
                "setting" => SettingSet(line),
                var k => throw line.Error($"cue kind '{k}' is unknown; see the header of cues.tsv"),
            };
            if (set == Ignored) continue;
            set.Add(phrase, value);
        }
    }

    // Kinds handled elsewhere (number words go to a dictionary; purpose ل is a rule of ArabicWordForms).
    private static readonly PhraseSet Ignored = new();

    private PhraseSet NumberSet(TsvLine line)
    {
        if (!int.TryParse(line.Optional(2), out int v)) throw line.Error("a number cue needs an integer value");
        Numbers[NormalizedText.Normalize(line[1])] = v;
        return Ignored;
    }
}
