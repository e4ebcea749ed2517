using System.Globalization;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Ingest.Html;

/// <summary>What a class or id word says about an element.</summary>
public enum ElementNameEffect : byte
{
    None = 0,
    /// <summary>Site chrome: menus, share bars, comments, related links, adverts.</summary>
    Boilerplate = 1,
    /// <summary>A generic content word ("content", "text"): a tie-breaker only.</summary>
    ContentWeak = 2,
    /// <summary>The article body itself ("article-body", itemprop=articleBody).</summary>
    Content = 3,
    /// <summary>The article's lead, standfirst or summary ("article-summary", "intro"): body when it sits between the headline and the body.</summary>
    Lead = 4,
    /// <summary>
    /// A teaser ("article__teaser-text"): chrome like <see cref="Boilerplate"/> (teaser cards of other stories),
    /// but the article's own lead when it sits between the headline and the body.
    /// </summary>
    Teaser = 5,
}

/// <summary>
/// The data the main-content extractor decides with, loaded from <c>resources/html/</c>:
/// class/id words (boilerplate-words.tsv), chrome phrases (chrome-phrases.tsv) and thresholds
/// (thresholds.tsv). A user's <c>--resources</c> folder adds words and phrases and overrides thresholds.
/// </summary>
public sealed class HtmlHeuristics
{
    private readonly List<(string Word, ElementNameEffect Effect)> _substrings = [];
    private readonly Dictionary<string, ElementNameEffect> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseMatch> _chromePhrases = new(StringComparer.Ordinal); // folded phrase → how it matches
    private int _longestChromePhrase;
    private readonly List<string> _captionCredits = [];

    public double LinkDensityMax { get; private set; } = 0.5;
    public int ChromeBlockMaxChars { get; private set; } = 80;
    public double BoilerplateWeight { get; private set; } = 1.0;
    public int ShortBlockChars { get; private set; } = 25;
    public double ContentNameMargin { get; private set; } = 1.3;
    public int MaxDepth { get; private set; } = 256;
    public double ChromeWrapperShare { get; private set; } = 0.5;
    public double SiblingShare { get; private set; } = 0.2;
    public int WrapperMinBlocks { get; private set; } = 3;
    public int LeadMinChars { get; private set; } = 60;
    public int StructuredBodyMinChars { get; private set; } = 400;
    public double StructuredBodyRatio { get; private set; } = 2.0;
    public int ChromeBoxMaxChars { get; private set; } = 800;
    public int CaptionMaxChars { get; private set; } = 400;

    private static HtmlHeuristics? _shipped;

    /// <summary>The shipped heuristics, loaded once.</summary>
    public static HtmlHeuristics Shipped => _shipped ??= Load(ResourceSet.Shipped);

    public static HtmlHeuristics Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var h = new HtmlHeuristics();
        foreach (var file in RequiredThenOverlays(resources, "html/boilerplate-words.tsv"))
            foreach (var line in TsvResource.Read(file, "html-boilerplate-words/1", 3))
                h.AddWord(line);
        foreach (var file in RequiredThenOverlays(resources, "html/chrome-phrases.tsv"))
            foreach (var line in TsvResource.Read(file, "html-chrome-phrases/1", 2))
                h.AddPhrase(line);
        foreach (var file in RequiredThenOverlays(resources, "html/caption-credits.tsv"))
            foreach (var line in TsvResource.Read(file, "html-caption-credits/1", 1))
                h.AddCaptionCredit(line);
        foreach (var file in RequiredThenOverlays(resources, "html/thresholds.tsv"))
            foreach (var line in TsvResource.Read(file, "html-thresholds/1", 2))
                h.SetThreshold(line);
        return h;
    }

    private static IEnumerable<string> RequiredThenOverlays(ResourceSet resources, string relative)
    {
        resources.Required(relative);
        return resources.Files(relative);
    }

    private void AddWord(TsvLine line)
    {
        var word = line[0].Trim().ToLowerInvariant();
        var effect = line[1] switch
        {
            "boilerplate" => ElementNameEffect.Boilerplate,
            "content" => ElementNameEffect.Content,
            "content-weak" => ElementNameEffect.ContentWeak,
            "lead" => ElementNameEffect.Lead,
            "teaser" => ElementNameEffect.Teaser,
            _ => throw line.Error($"effect '{line[1]}' is not boilerplate, content, content-weak, lead or teaser"),
        };
        switch (line[2])
        {
            case "token": _tokens[word] = effect; break;
            case "substring": _substrings.Add((word, effect)); break;
            default: throw line.Error($"match '{line[2]}' is not token or substring");
        }
    }

    private void AddCaptionCredit(TsvLine line)
    {
        var marker = line[0].Trim().ToLowerInvariant();
        if (marker.Length == 0) throw line.Error("marker is empty");
        _captionCredits.Add(marker);
    }

    private void AddPhrase(TsvLine line)
    {
        var folded = FoldPhrase(line[0]);
        if (folded.Length == 0) throw line.Error("phrase is empty once folded");
        var match = line[1] switch
        {
            "prefix" => PhraseMatch.Prefix,
            "whole" => PhraseMatch.Whole,
            "box" => PhraseMatch.Box,
            _ => throw line.Error($"match '{line[1]}' is not prefix, whole or box"),
        };
        _chromePhrases[folded] = match;
        _longestChromePhrase = Math.Max(_longestChromePhrase, folded.Length);
    }

    private void SetThreshold(TsvLine line)
    {
        if (!double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0)
            throw line.Error($"value '{line[1]}' is not a non-negative number");
        switch (line[0])
        {
            case "link_density_max": LinkDensityMax = v; break;
            case "chrome_block_max_chars": ChromeBlockMaxChars = (int)v; break;
            case "boilerplate_weight": BoilerplateWeight = v; break;
            case "short_block_chars": ShortBlockChars = (int)v; break;
            case "content_name_margin": ContentNameMargin = v; break;
            case "max_depth": MaxDepth = Math.Max(8, (int)v); break;
            case "chrome_wrapper_share": ChromeWrapperShare = v; break;
            case "sibling_share": SiblingShare = v; break;
            case "wrapper_min_blocks": WrapperMinBlocks = (int)v; break;
            case "lead_min_chars": LeadMinChars = (int)v; break;
            case "structured_body_min_chars": StructuredBodyMinChars = (int)v; break;
            case "structured_body_ratio": StructuredBodyRatio = v; break;
            case "chrome_box_max_chars": ChromeBoxMaxChars = (int)v; break;
            case "caption_max_chars": CaptionMaxChars = (int)v; break;
            default: throw line.Error($"unknown threshold '{line[0]}'");
        }
    }

    /// <summary>
    /// What the words of a class and id attribute say. Content beats boilerplate on the same element
    /// ("article-body share-enabled" is the body); a weak content word does not.
    /// </summary>
    public ElementNameEffect Classify(string? classAttr, string? idAttr)
    {
        var best = ElementNameEffect.None;
        if (!string.IsNullOrEmpty(classAttr)) best = Max(best, ClassifyOne(classAttr));
        if (!string.IsNullOrEmpty(idAttr)) best = Max(best, ClassifyOne(idAttr));
        return best;
    }

    private static ElementNameEffect Max(ElementNameEffect a, ElementNameEffect b)
    {
        // Precedence: Content > Boilerplate > Teaser > Lead > ContentWeak > None ("related-summary" and
        // "related-teaser" are chrome; "teaser-intro" is a teaser, chrome unless it stands where the lead does).
        static int Rank(ElementNameEffect e) => e switch
        {
            ElementNameEffect.Content => 5,
            ElementNameEffect.Boilerplate => 4,
            ElementNameEffect.Teaser => 3,
            ElementNameEffect.Lead => 2,
            ElementNameEffect.ContentWeak => 1,
            _ => 0,
        };
        return Rank(a) >= Rank(b) ? a : b;
    }

    private ElementNameEffect ClassifyOne(string value)
    {
        var lower = Canonical(value);
        var best = ElementNameEffect.None;
        foreach (var (word, effect) in _substrings)
            if (lower.Contains(word, StringComparison.Ordinal)) best = Max(best, effect);
        // Tokens: split on anything but letters/digits, and on camelCase humps of the original.
        int i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && !char.IsLetterOrDigit(value[i])) i++;
            int s = i;
            i++;
            while (i < value.Length && char.IsLetterOrDigit(value[i]) && !(char.IsUpper(value[i]) && char.IsLower(value[i - 1]))) i++;
            if (s < value.Length)
            {
                var token = value.AsSpan(s, Math.Min(i, value.Length) - s).ToString().ToLowerInvariant();
                if (_tokens.TryGetValue(token, out var e)) best = Max(best, e);
            }
        }
        return best;
    }

    /// <summary>Lower case, with BEM's "__" and "--" and snake_case's "_" written as one "-" ("article__content" → "article-content").</summary>
    private static string Canonical(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length);
        foreach (var raw in value)
        {
            var c = raw == '_' ? '-' : char.ToLowerInvariant(raw);
            if (c == '-' && sb.Length > 0 && sb[^1] == '-') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when a short block is a chrome phrase ("اقرأ أيضا", "Advertisement").</summary>
    public bool IsChrome(ReadOnlySpan<char> block) => MatchPhrase(block) != PhraseMatch.None;

    /// <summary>True when a block short enough to be a caption carries a photo credit ("Bildrechte: MDR", "(Image: GETTY)", "تصوير:").</summary>
    public bool IsCaption(ReadOnlySpan<char> block)
    {
        if (block.Length > CaptionMaxChars) return false;
        foreach (var marker in _captionCredits)
            if (block.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when a short block opens a consent or paywall box ("Ein Klick für den Datenschutz"): the box around it is chrome too.</summary>
    public bool OpensChromeBox(ReadOnlySpan<char> block) => MatchPhrase(block) == PhraseMatch.Box;

    private PhraseMatch MatchPhrase(ReadOnlySpan<char> block)
    {
        if (block.Length > ChromeBlockMaxChars) return PhraseMatch.None;
        var folded = FoldPhrase(block);
        if (folded.Length == 0) return PhraseMatch.None;
        if (_chromePhrases.TryGetValue(folded, out var whole)) return whole;
        var lookup = _chromePhrases.GetAlternateLookup<ReadOnlySpan<char>>();
        // Prefix (and box) phrases: try every prefix that ends at a word boundary.
        for (int end = 1; end < folded.Length && end <= _longestChromePhrase; end++)
        {
            if (folded[end] != ' ') continue;
            if (lookup.TryGetValue(folded.AsSpan(0, end), out var prefix) && prefix != PhraseMatch.Whole) return prefix;
        }
        return PhraseMatch.None;
    }

    private enum PhraseMatch : byte
    {
        None,
        /// <summary>The block is the phrase.</summary>
        Whole,
        /// <summary>The block starts with the phrase.</summary>
        Prefix,
        /// <summary>The block starts with the phrase, and the small box around it is chrome as well.</summary>
        Box,
    }

    /// <summary>Arabic folding, lower case, punctuation dropped, spaces collapsed: how phrases are compared.</summary>
    internal static string FoldPhrase(ReadOnlySpan<char> text)
    {
        var buffer = new char[text.Length];
        int n = 0;
        bool space = false;
        foreach (var raw in text)
        {
            var c = ArabicNormalizer.Fold(raw, NormalizerOptions.Matching);
            if (c == '\0') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) buffer[n++] = ' ';
                space = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else
            {
                space = true;
            }
        }
        return new string(buffer, 0, n);
    }
}
