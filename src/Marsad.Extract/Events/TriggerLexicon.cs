using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>Flags a trigger entry carries (the lexicon's <c>flags</c> column).</summary>
[Flags]
public enum TriggerFlags
{
    None = 0,
    /// <summary>May stand without a linked actor: a clear attack whose perpetrator is unnamed.</summary>
    Alone = 1,
    /// <summary>A genitive after the verbal noun is the one who suffers it (اعتقال X), not the actor.</summary>
    Patient = 2,
    /// <summary>Needs a fighter/group word or an actor right after it (خروج مقاتلي …).</summary>
    AgentAfter = 4,
    /// <summary>A death or injury: folds into another attack in the sentence as its toll.</summary>
    Casualty = 8,
    /// <summary>Needs a weapon word a few words after it (أطلق عدداً من القذائف).</summary>
    WeaponAfter = 16,
    /// <summary>Reports an act only with a possessive pronoun ("استعدادها"; "على أهبة الاستعداد" is not one).</summary>
    Possessed = 32,
    /// <summary>
    /// A transitive verb whose direct object is the place where it happens ("قصفت الطائرات مدينة
    /// إدلب", "اقتحمت القوات بلدة …"): a place in the object slot, after the subject, is the site.
    /// </summary>
    SiteObject = 64,
    /// <summary>The bare base form is also a common noun ("فجر" dawn): as this verb it needs a weapon word after it.</summary>
    BareWeapon = 128,
}

/// <summary>One lexicon line: a (multi-word) form mapped to a PLOVER type and mode.</summary>
/// <param name="Words">Normalised base forms, one per word.</param>
/// <param name="Kind">Which affixes the words may carry.</param>
/// <param name="Type">PLOVER type, or <see cref="TriggerLexicon.None"/> for a blocked form.</param>
/// <param name="Mode">PLOVER mode the trigger fixes, or null.</param>
/// <param name="Status">Status the trigger itself carries (هدد → threatened), or null.</param>
/// <param name="Flags">Constraints and role hints.</param>
/// <param name="Source">file:line it came from, for messages and the import report.</param>
public sealed record TriggerEntry(string[] Words, WordKind Kind, string Type, string? Mode, string? Status, TriggerFlags Flags, string Source)
{
    public bool IsBlocked => Type == TriggerLexicon.None;
}

/// <summary>
/// Event triggers by first word: imported (triggers.petrarch.tsv) then curated
/// (triggers.curated.tsv), where a later line with the same form and kind replaces an earlier one,
/// so curation overrides the import and a user's <c>--resources</c> files override both.
/// </summary>
public sealed class TriggerLexicon
{
    public const string Format = "marsad.triggers/1";
    public const string None = "NONE";

    /// <summary>The 16 PLOVER event types of record.md.</summary>
    public static readonly IReadOnlySet<string> PloverTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal)
        { "occurred", "ongoing", "planned", "threatened", "demanded", "denied", "rumoured" };

    private readonly Dictionary<(string Form, WordKind Kind), TriggerEntry> _byForm = new();
    // Probed with each candidate form's precomputed hash (StemHash), once per form and token.
    private StemTable<TriggerEntry[]> _byFirstWord = new();

    public int Count => _byForm.Count;

    /// <summary>Every entry whose first word is <paramref name="stem"/>, longest first.</summary>
    public IReadOnlyList<TriggerEntry> StartingWith(string stem) =>
        _byFirstWord.TryGetValue(stem, out var list) ? list : [];

    /// <summary><see cref="StartingWith(string)"/> for a stem held as characters (no string is made).</summary>
    public ReadOnlySpan<TriggerEntry> StartingWith(ReadOnlySpan<char> stem) =>
        _byFirstWord.TryGetValue(stem, out var list) ? list : [];

    /// <summary><see cref="StartingWith(ReadOnlySpan{char})"/> for a stem whose <see cref="StemHash"/> is known.</summary>
    internal ReadOnlySpan<TriggerEntry> StartingWith(ReadOnlySpan<char> stem, int hash) =>
        _byFirstWord.TryGetValue(stem, hash, out var list) ? list : [];

    public IEnumerable<TriggerEntry> Entries => _byForm.Values;

    /// <summary>
    /// Loads the shipped and user trigger files: the PETRARCH import first when
    /// <paramref name="includeImported"/> (off by default: its bare verb lemmas, without the patterns
    /// that need a parse, fire on words such as لم، قبل، عبر — see README.md, section "Events"), then the
    /// curated file over it.
    /// </summary>
    public static TriggerLexicon Load(ResourceSet resources, bool includeImported = false)
    {
        var lexicon = new TriggerLexicon();
        if (includeImported)
            foreach (var f in resources.Files("events/triggers.petrarch.tsv")) lexicon.AddFile(f);
        foreach (var f in resources.Files("events/triggers.curated.tsv")) lexicon.AddFile(f);
        lexicon.Seal();
        return lexicon;
    }

    /// <summary>Reads one trigger file into the lexicon; a later entry with the same form and kind wins.</summary>
    public void AddFile(string path)
    {
        foreach (var line in TsvResource.Read(path, Format, 3))
        {
            var entry = Parse(line);
            _byForm[(string.Join(' ', entry.Words), entry.Kind)] = entry;
        }
    }

    /// <summary>Builds the first-word index; call after the last <see cref="AddFile"/>.</summary>
    public void Seal()
    {
        var byFirstWord = new StemTable<TriggerEntry[]>();
        foreach (var g in _byForm.Values.GroupBy(e => e.Words[0], StringComparer.Ordinal))
            byFirstWord.Set(g.Key, g.OrderByDescending(e => e.Words.Length).ToArray());
        _byFirstWord = byFirstWord;
    }

    private static TriggerEntry Parse(TsvLine line)
    {
        var words = line[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw line.Error("empty trigger form");
        for (int i = 0; i < words.Length; i++) words[i] = NormalizedText.Normalize(words[i]);
        var kind = line[1] switch
        {
            "noun" => WordKind.Noun,
            "verb" => WordKind.Verb,
            "word" => WordKind.Word,
            var k => throw line.Error($"kind '{k}' is not noun, verb or word"),
        };
        var type = line[2];
        if (type != None && !PloverTypes.Contains(type))
            throw line.Error($"type '{type}' is not one of the 16 PLOVER types (or NONE)");
        var status = line.Optional(4);
        if (status is not null && !Statuses.Contains(status))
            throw line.Error($"status '{status}' is not occurred, ongoing, planned, threatened, demanded, denied or rumoured");
        var flags = TriggerFlags.None;
        foreach (var f in (line.Optional(5) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= f switch
            {
                "alone" => TriggerFlags.Alone,
                "patient" => TriggerFlags.Patient,
                "agent-after" => TriggerFlags.AgentAfter,
                "casualty" => TriggerFlags.Casualty,
                "weapon-after" => TriggerFlags.WeaponAfter,
                "possessed" => TriggerFlags.Possessed,
                "site-object" => TriggerFlags.SiteObject,
                "bare-weapon" => TriggerFlags.BareWeapon,
                _ => throw line.Error($"flag '{f}' is not alone, patient, agent-after, casualty, weapon-after, possessed, site-object or bare-weapon"),
            };
        }
        return new TriggerEntry(words, kind, type, line.Optional(3), status, flags, $"{Path.GetFileName(line.File)}:{line.Number}");
    }
}
