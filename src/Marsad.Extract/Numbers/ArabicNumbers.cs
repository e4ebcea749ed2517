using System.Globalization;
using Marsad.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Numbers;

/// <summary>
/// A number read from the text: its value, the tokens it spans and whether it is vague.
/// </summary>
/// <param name="Value">The number; 0 when <paramref name="Vague"/> is true.</param>
/// <param name="FirstToken">Index of the first token of the number.</param>
/// <param name="TokenCount">How many tokens the number covers ("خمسة وعشرون ألفاً" = 3).</param>
/// <param name="Span">UTF-16 half-open range of the number in the text, proclitics ("بثلاث" → "ثلاث") outside.</param>
/// <param name="Vague">
/// True for quantities that fix no number ("عشرات"، "مئات"، "آلاف"، "بضعة"، "عدة"): a caller must not
/// turn them into a count (record.md: "عشرات القتلى" leaves fatalities null).
/// </param>
/// <param name="IsDigits">True when the number is written in digits (any script) rather than words.</param>
public readonly record struct NumberMatch(long Value, int FirstToken, int TokenCount, TextSpan Span, bool Vague, bool IsDigits)
{
    /// <summary>Index one past the last token of the number.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// Reads cardinal numbers written in digits (ASCII, Arabic-Indic, Persian; "1,220"، "١٢٢٠"، "3.5")
/// or in Arabic words, with gender, case and construct variants ("ثلاثة"/"ثلاث"، "ثلاثون"/"ثلاثين"،
/// "مئة"/"مائة"، "ألفاً"), compounds ("خمسة وعشرون"، "ثلاثمئة وخمسين"، "أحد عشر"، "ثلاثة آلاف"،
/// "1.5 مليون") and vague quantities ("عشرات"، "مئات الآلاف") that fix no number.
/// </summary>
/// <remarks>
/// <para>The word lexicon is <c>resources/numbers/cardinals.tsv</c> (format <c>marsad.numbers/1</c>);
/// user overlays given with <c>--resources</c> add or override forms. Load once and share: the
/// instance is immutable and thread-safe.</para>
/// <para>Only the number is matched: the counted noun after it ("عنصراً"، "قتيلاً") is the caller's.
/// A leading proclitic (و، ف، ب، ل، ك) is allowed on the first word and lies outside the span.</para>
/// </remarks>
public sealed class ArabicNumbers
{
    /// <summary>Format tag of the number-word files this version reads.</summary>
    public const string Format = "marsad.numbers/1";

    /// <summary>Resource path of the shipped number words.</summary>
    public const string ResourcePath = "numbers/cardinals.tsv";

    /// <summary>Upper bound on the words of one number; no real cardinal is longer, and it bounds the work per call.</summary>
    private const int MaxTokens = 12;

    private readonly Dictionary<string, NumberWord> _words;
    private readonly Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ArabicNumbers(Dictionary<string, NumberWord> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<ArabicNumbers> ShippedInstance = new(() => Load(ResourceSet.Shipped));

    /// <summary>The shipped lexicon, loaded once on first use.</summary>
    public static ArabicNumbers Shipped => ShippedInstance.Value;

    /// <summary>Number of word forms known (for diagnostics).</summary>
    public int WordCount => _words.Count;

    /// <summary>Every normalised word form known.</summary>
    internal IEnumerable<string> Forms => _words.Keys;

    /// <summary>Loads every <c>numbers/cardinals.tsv</c> of the resource set, shipped first.</summary>
    /// <exception cref="ResourceFormatException">A line is malformed (names file and line).</exception>
    public static ArabicNumbers Load(ResourceSet resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        resources.Required(ResourcePath);
        foreach (var file in resources.Files(ResourcePath))
            foreach (var line in TsvResource.Read(file, Format, 3))
            {
                var form = NormalizedText.Normalize(line[0].Trim());
                if (form.Length == 0) throw line.Error("empty number form");
                if (!long.TryParse(line[1], NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                    throw line.Error($"value '{line[1]}' is not a non-negative integer");
                words[form] = new NumberWord(value, ParseClass(line));
            }
        return new ArabicNumbers(words);
    }

    private static NumberWordClass ParseClass(TsvLine line) => line[2].Trim() switch
    {
        "unit" => NumberWordClass.Unit,
        "teen-head" => NumberWordClass.TeenHead,
        "ten" => NumberWordClass.Ten,
        "tens" => NumberWordClass.Tens,
        "hundred" => NumberWordClass.Hundred,
        "hundreds" => NumberWordClass.Hundreds,
        "scale" => NumberWordClass.Scale,
        "scale-dual" => NumberWordClass.ScaleDual,
        "scale-plural" => NumberWordClass.ScalePlural,
        "vague" => NumberWordClass.Vague,
        var other => throw line.Error($"unknown number class '{other}' (unit, teen-head, ten, tens, hundred, hundreds, scale, scale-dual, scale-plural, vague)"),
    };

    /// <summary>Looks up one normalised word (no proclitics), e.g. for a caller's own patterns.</summary>
    public bool TryGetWord(ReadOnlySpan<char> normalizedForm, out NumberWord word) => _lookup.TryGetValue(normalizedForm, out word);

    /// <summary>
    /// Reads the number that starts at token <paramref name="tokenIndex"/>: digits or number words.
    /// </summary>
    /// <param name="text">The analysed article.</param>
    /// <param name="tokenIndex">Token where the number must start (a proclitic on it is allowed).</param>
    /// <param name="value">The number (0 when vague); fails when it exceeds <see cref="int.MaxValue"/>.</param>
    /// <param name="tokensUsed">How many tokens the number covers.</param>
    /// <param name="vague">True for "عشرات"، "مئات" and the like: a quantity that fixes no number.</param>
    /// <returns>False when no number starts at that token.</returns>
    public bool TryParse(AnalysedText text, int tokenIndex, out int value, out int tokensUsed, out bool vague)
    {
        if (TryMatch(text, tokenIndex, out var m) && m.Value <= int.MaxValue)
        {
            value = (int)m.Value;
            tokensUsed = m.TokenCount;
            vague = m.Vague;
            return true;
        }
        value = 0; tokensUsed = 0; vague = false;
        return false;
    }

    /// <summary>Reads the number that starts at token <paramref name="tokenIndex"/> with its span.</summary>
    public bool TryMatch(AnalysedText text, int tokenIndex, out NumberMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        match = default;
        if ((uint)tokenIndex >= (uint)text.Tokens.Length) return false;
        var first = text.Tokens[tokenIndex];
        if (first.Kind == TokenKind.Number) return TryDigits(text, tokenIndex, out match);
        if (first.Kind != TokenKind.Word) return false;
        if (!Proclitics.TryLookup(_lookup, text.Normalized(tokenIndex), allowProclitics: true, out var word, out int prefix))
            return false;
        int start = prefix == 0 ? first.Start : Proclitics.StemStart(text.Text, first, prefix);
        return word.Class == NumberWordClass.Vague || word.Class == NumberWordClass.ScalePlural
            ? MatchVague(text, tokenIndex, start, out match)
            : MatchWords(text, tokenIndex, start, word, out match);
    }

    /// <summary>"عشرات"، "مئات الآلاف"، "آلاف": one or more vague words in a row.</summary>
    private bool MatchVague(AnalysedText text, int tokenIndex, int start, out NumberMatch match)
    {
        int end = tokenIndex + 1;
        while (end < text.Tokens.Length && end - tokenIndex < MaxTokens && text.Tokens[end].Kind == TokenKind.Word
               && _lookup.TryGetValue(text.Normalized(end), out var next)
               && next.Class is NumberWordClass.Vague or NumberWordClass.ScalePlural)
            end++;
        match = new NumberMatch(0, tokenIndex, end - tokenIndex, new TextSpan(start, text.Tokens[end - 1].End), Vague: true, IsDigits: false);
        return true;
    }

    private bool MatchWords(AnalysedText text, int tokenIndex, int start, NumberWord firstWord, out NumberMatch match)
    {
        match = default;
        var acc = new Accumulator();
        if (!acc.Add(firstWord, afterConjunction: false)) return false;
        int last = tokenIndex; // last token that belongs to the number
        int t = tokenIndex + 1;
        while (t < text.Tokens.Length && t - tokenIndex < MaxTokens && text.Tokens[t].Kind == TokenKind.Word)
        {
            var form = text.Normalized(t).AsSpan();
            int next = t;
            bool conjunction = false;
            if (form is "و")
            {
                // "خمسة و عشرون": the conjunction written apart.
                if (t + 1 >= text.Tokens.Length || text.Tokens[t + 1].Kind != TokenKind.Word) break;
                next = t + 1;
                form = text.Normalized(next).AsSpan();
                conjunction = true;
            }
            else if (form.Length > 2 && form[0] == 'و' && !_lookup.TryGetValue(form, out _))
            {
                form = form[1..];
                conjunction = true;
            }
            if (!_lookup.TryGetValue(form, out var word) || !acc.Add(word, conjunction)) break;
            last = next;
            t = next + 1;
        }
        if (!acc.TryFinish(out long value)) return false;
        match = new NumberMatch(value, tokenIndex, last - tokenIndex + 1, new TextSpan(start, text.Tokens[last].End), Vague: false, IsDigits: false);
        return true;
    }

    /// <summary>Digits in any script, optionally multiplied by a scale word ("3 آلاف"، "1.5 مليون").</summary>
    private bool TryDigits(AnalysedText text, int tokenIndex, out NumberMatch match)
    {
        match = default;
        if (!TryParseDigits(text.Normalized(tokenIndex), out decimal number)) return false;
        int last = tokenIndex;
        if (tokenIndex + 1 < text.Tokens.Length && text.Tokens[tokenIndex + 1].Kind == TokenKind.Word
            && _lookup.TryGetValue(text.Normalized(tokenIndex + 1), out var scale)
            && scale.Class is NumberWordClass.Scale or NumberWordClass.ScalePlural)
        {
            number *= scale.Value;
            last = tokenIndex + 1;
        }
        if (number != decimal.Truncate(number) || number > long.MaxValue) return false;
        var tok = text.Tokens[tokenIndex];
        match = new NumberMatch((long)number, tokenIndex, last - tokenIndex + 1, new TextSpan(tok.Start, text.Tokens[last].End), Vague: false, IsDigits: true);
        return true;
    }

    /// <summary>
    /// Parses a normalised digit token ("1220", "1,220", "3.5", "٣٫٥" already folded to ASCII
    /// digits). A comma or Arabic thousands sign followed by exactly three digits groups thousands;
    /// any other comma, a point or the Arabic decimal sign is a decimal mark. Tokens with '/' or ':'
    /// are dates or clock times, not numbers.
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > 28) return false;
        decimal scale = 0; // 0 while in the integer part, else the place value of the next decimal digit
        int i = 0;
        while (i < token.Length)
        {
            char c = token[i];
            if (c is >= '0' and <= '9')
            {
                int d = c - '0';
                if (scale == 0) value = value * 10 + d;
                else { value += d * scale; scale /= 10; }
                i++;
                continue;
            }
            bool thousands = (c is ',' or '\u066C') && scale == 0 && IsGroupOfThree(token, i + 1);
            if (thousands) { i++; continue; }
            if ((c is '.' or ',' or '\u066B') && scale == 0 && i + 1 < token.Length) { scale = 0.1m; i++; continue; }
            return false;
        }
        return true;
    }

    private static bool IsGroupOfThree(ReadOnlySpan<char> s, int from)
    {
        int n = 0;
        while (from + n < s.Length && s[from + n] is >= '0' and <= '9') n++;
        return n == 3;
    }

    /// <summary>
    /// Folds number words left to right the way Arabic composes them: a group below a thousand
    /// (hundreds, then units and tens joined by و, or a unit and the teen marker عشر), multiplied
    /// by a scale word, then smaller groups joined by و. A word that cannot follow the previous
    /// one ends the number, so "ثلاثة أربعة" is two numbers, not seven.
    /// </summary>
    private struct Accumulator
    {
        private long _total;       // sum of finished scaled groups
        private long _group;       // the group below a thousand being built
        private NumberWordClass? _last;
        private long _lastScale;   // the last scale applied, so later scales must be smaller
        private bool _teenHeadPending;

        public bool Add(NumberWord w, bool afterConjunction)
        {
            if (_last is null) return Start(w);
            if (_teenHeadPending)
            {
                // "أحد" / "اثنا" count only before عشر/عشرة.
                if (afterConjunction || w.Class != NumberWordClass.Ten) return false;
                _group += 10; _teenHeadPending = false; _last = NumberWordClass.Ten;
                return true;
            }
            if (!afterConjunction)
            {
                switch (w.Class)
                {
                    case NumberWordClass.Ten when _last == NumberWordClass.Unit:
                        _group += 10; _last = NumberWordClass.Ten; return true; // ثلاثة عشر
                    case NumberWordClass.Hundred when _last == NumberWordClass.Unit && _group is >= 1 and <= 9:
                        _group *= 100; _last = NumberWordClass.Hundreds; return true; // ثلاث مئة
                    case NumberWordClass.Scale or NumberWordClass.ScalePlural when _group > 0:
                        return ApplyScale(w);
                    default:
                        return false;
                }
            }
            // After و: a new addend of a smaller kind than the one before it.
            switch (w.Class)
            {
                case NumberWordClass.Unit when _last is NumberWordClass.Hundreds or NumberWordClass.Scale or NumberWordClass.ScaleDual:
                case NumberWordClass.Tens when _last is NumberWordClass.Unit or NumberWordClass.Hundreds or NumberWordClass.Scale or NumberWordClass.ScaleDual:
                case NumberWordClass.Ten when _last is NumberWordClass.Hundreds or NumberWordClass.Scale or NumberWordClass.ScaleDual:
                case NumberWordClass.Hundreds when _last is NumberWordClass.Scale or NumberWordClass.ScaleDual:
                case NumberWordClass.Hundred when _last is NumberWordClass.Scale or NumberWordClass.ScaleDual:
                    _group += w.Value;
                    _last = w.Class == NumberWordClass.Hundred ? NumberWordClass.Hundreds : w.Class;
                    return true;
                case NumberWordClass.TeenHead when _last is NumberWordClass.Hundreds or NumberWordClass.Scale or NumberWordClass.ScaleDual:
                    _group += w.Value; _teenHeadPending = true; _last = NumberWordClass.Unit;
                    return true;
                default:
                    return false;
            }
        }

        private bool Start(NumberWord w)
        {
            switch (w.Class)
            {
                case NumberWordClass.TeenHead:
                    _group = w.Value; _teenHeadPending = true; _last = NumberWordClass.Unit; return true;
                case NumberWordClass.Hundred:
                    _group = 100; _last = NumberWordClass.Hundreds; return true;
                case NumberWordClass.Scale:
                    _total = w.Value; _lastScale = w.Value; _last = NumberWordClass.Scale; return true;
                case NumberWordClass.ScaleDual:
                    _total = w.Value; _lastScale = w.Value / 2; _last = NumberWordClass.ScaleDual; return true;
                case NumberWordClass.Unit or NumberWordClass.Ten or NumberWordClass.Tens or NumberWordClass.Hundreds:
                    _group = w.Value; _last = w.Class; return true;
                default:
                    return false;
            }
        }

        private bool ApplyScale(NumberWord w)
        {
            // آلاف/ملايين multiply only 3-10 ("ثلاثة آلاف"); the singular scale any group ("مئة ألف").
            if (w.Class == NumberWordClass.ScalePlural && _group is < 3 or > 10) return false;
            if (_lastScale != 0 && w.Value >= _lastScale) return false;
            _total += _group * w.Value;
            _group = 0;
            _lastScale = w.Value;
            _last = NumberWordClass.Scale;
            return true;
        }

        public readonly bool TryFinish(out long value)
        {
            value = _total + _group;
            return !_teenHeadPending && value > 0;
        }
    }
}
