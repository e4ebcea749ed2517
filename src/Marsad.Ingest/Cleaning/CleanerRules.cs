using System.Globalization;
using Marsad.Text.Resources;

namespace Marsad.Ingest.Cleaning;

/// <summary>
/// The scraped-text cleaner's knowledge, loaded once from <c>ingest/boilerplate.tsv</c> and the
/// mastheads column of <c>kb/outlets.tsv</c> (see <see cref="OutletMastheads"/>) (shipped, then every <c>--resources</c> folder's files of the same
/// name, later entries adding to earlier ones and later thresholds replacing earlier ones).
/// </summary>
public sealed class CleanerRules
{
    public const string BoilerplateFile = "ingest/boilerplate.tsv";
    public const string OutletsFile = OutletMastheads.File;

    internal HashSet<string> Lines { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Stops { get; } = new(StringComparer.Ordinal);
    internal List<string> Prefixes { get; } = [];
    internal HashSet<string> BylineMarkers { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> MenuWords { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> DateWords { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Outlets { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> OutletWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Headline length limit in words (see boilerplate.tsv for each threshold's reason).</summary>
    public int HeadlineMaxWords { get; private set; }
    public int PunctuatedHeadlineMaxWords { get; private set; }
    public int PrefixMaxWords { get; private set; }
    public int StrayLineMaxWords { get; private set; }
    public int RelatedLinkMaxWords { get; private set; }
    public double MenuWordShare { get; private set; }
    public int ShortLineMaxWords { get; private set; }
    public int TitleLabelMaxWords { get; private set; }

    private static readonly string[] ThresholdNames =
    [
        "headline_max_words", "punctuated_headline_max_words", "prefix_max_words", "stray_line_max_words",
        "related_link_max_words", "menu_word_share", "short_line_max_words", "title_label_max_words",
    ];

    /// <summary>Loads the rules from every root of <paramref name="resources"/>; a malformed line fails naming file and line.</summary>
    public static CleanerRules Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var rules = new CleanerRules();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        resources.Required(BoilerplateFile);
        resources.Required(OutletsFile);
        foreach (var file in resources.Files(BoilerplateFile))
        {
            foreach (var line in TsvResource.Read(file, "boilerplate/1", 2))
            {
                var value = line[1];
                var key = LineKey.Of(value);
                if (line[0] != "threshold" && key.Length == 0)
                    throw line.Error($"phrase '{value}' has no letters or digits, so it can never match a line");
                switch (line[0])
                {
                    case "line": rules.Lines.Add(key); break;
                    case "stop": rules.Stops.Add(key); break;
                    case "prefix": rules.Prefixes.Add(key); break;
                    case "byline": rules.BylineMarkers.Add(key); break;
                    case "menu": foreach (var w in key.Split(' ')) rules.MenuWords.Add(w); break;
                    case "outletword": rules.OutletWords.Add(key); break;
                    case "dateword": foreach (var w in key.Split(' ')) rules.DateWords.Add(w); break;
                    case "threshold": rules.SetThreshold(line); seen.Add(line[1]); break;
                    default: throw line.Error($"unknown kind '{line[0]}' (expected line, stop, prefix, byline, menu, outletword, dateword or threshold)");
                }
            }
        }
        foreach (var name in ThresholdNames)
            if (!seen.Contains(name))
                throw new ResourceFormatException(resources.Required(BoilerplateFile), 0, $"threshold '{name}' is missing");
        foreach (var file in resources.Files(OutletsFile))
            foreach (var (name, line) in OutletMastheads.Read(file))
            {
                var key = LineKey.Of(name);
                if (key.Length == 0) throw line.Error($"outlet name '{name}' has no letters");
                rules.Outlets.Add(key);
            }
        return rules;
    }

    private void SetThreshold(TsvLine line)
    {
        if (line.Fields.Length < 3) throw line.Error("threshold needs a name and a value");
        var value = line[2];
        int Int()
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v <= 0)
                throw line.Error($"threshold '{line[1]}' must be a positive whole number, not '{value}'");
            return v;
        }
        switch (line[1])
        {
            case "headline_max_words": HeadlineMaxWords = Int(); break;
            case "punctuated_headline_max_words": PunctuatedHeadlineMaxWords = Int(); break;
            case "prefix_max_words": PrefixMaxWords = Int(); break;
            case "stray_line_max_words": StrayLineMaxWords = Int(); break;
            case "related_link_max_words": RelatedLinkMaxWords = Int(); break;
            case "short_line_max_words": ShortLineMaxWords = Int(); break;
            case "title_label_max_words": TitleLabelMaxWords = Int(); break;
            case "menu_word_share":
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || d is <= 0 or > 1)
                    throw line.Error($"threshold 'menu_word_share' must be a share in (0, 1], not '{value}'");
                MenuWordShare = d;
                break;
            default: throw line.Error($"unknown threshold '{line[1]}' (known: {string.Join(", ", ThresholdNames)})");
        }
    }
}
