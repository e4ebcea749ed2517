using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Text;

namespace Marsad.Text.Tests;

/// <summary>Properties over arbitrary text: offsets valid, idempotence, nothing throws or hangs.</summary>
public class PropertyTests
{
    // Arabic letters, marks, tatweel, digits of three scripts, the punctuation the splitter reads,
    // quotes and brackets, invisible marks, presentation forms, surrogates (paired and lone),
    // abbreviation letters, spaces and line breaks: the characters that exercise every rule.
    private static readonly char[] Pool =
        ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىٱ" + "\u064B\u064E\u0650\u0651\u0652\u0670\u0640" +
         "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲" + ".,:;!?؟؛،…٫٬/-–—()[]{}«»“”\"'" + "\u200B\u200C\u200D\u200E\u200F\u061C\uFEFF\u202B" +
         "\uFEE3\uFEA8\uFEFB\uFE70\uFDF2" + "\uD83D\uDE00\uD800\uDC00" + "abcXYZhtpw:/" + "  \n\r\t\u00A0").ToCharArray();

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Pool).ArrayOf().Select(cs => new string(cs)),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Token_offsets_lie_in_the_text_ordered_and_round_trip() => Prop.ForAll(Texts(), text =>
    {
        var a = TextAnalyzer.Analyse(text);
        int previousEnd = 0;
        for (int i = 0; i < a.Tokens.Length; i++)
        {
            var t = a.Tokens[i];
            if (t.Start < previousEnd || t.End <= t.Start || t.End > text.Length) return false;
            if (a.Surface(i).ToString() != text[t.Start..t.End]) return false;
            if (char.IsWhiteSpace(text[t.Start]) && t.Kind != TokenKind.Symbol) return false;
            previousEnd = t.End;
        }
        return true;
    });

    [Property(MaxTest = 300)]
    public Property Sentences_lie_in_the_text_and_cover_every_token_once() => Prop.ForAll(Texts(), text =>
    {
        var a = TextAnalyzer.Analyse(text);
        int next = 0, previousEnd = 0;
        foreach (var s in a.Sentences)
        {
            if (s.FirstToken != next || s.TokenCount <= 0 || s.Start < previousEnd || s.End > text.Length) return false;
            if (s.Start != a.Tokens[s.FirstToken].Start || s.End != a.Tokens[s.EndToken - 1].End) return false;
            if (text[s.Start..s.End] != s.Span.Of(text)) return false;
            next = s.EndToken;
            previousEnd = s.End;
        }
        return next == a.Tokens.Length;
    });

    [Property(MaxTest = 300)]
    public Property Normalising_twice_equals_normalising_once() => Prop.ForAll(Texts(), text =>
    {
        foreach (var o in new[] { NormalizerOptions.None, NormalizerOptions.Matching })
        {
            var once = NormalizedText.Normalize(text, o);
            if (NormalizedText.Normalize(once, o) != once) return false;
        }
        return true;
    });

    [Property(MaxTest = 300)]
    public Property Shadow_map_is_increasing_and_in_range() => Prop.ForAll(Texts(), text =>
    {
        var n = NormalizedText.Create(text);
        int previous = -1;
        for (int i = 0; i < n.Shadow.Length; i++)
        {
            int o = n.ToOriginal(i);
            if (o <= previous || o >= text.Length) return false;
            if (ArabicNormalizer.Fold(text[o]) != n.Shadow[i]) return false;
            previous = o;
        }
        return n.ToOriginal(n.Shadow.Length) == text.Length && n.Shadow == NormalizedText.Normalize(text);
    });

    [Property(MaxTest = 300)]
    public Property Clitic_candidates_stay_inside_the_word() => Prop.ForAll(Texts(), text =>
    {
        Span<CliticSplit> buffer = stackalloc CliticSplit[Clitics.MaxCandidates];
        foreach (var t in Tokenizer.Tokenize(text))
        {
            var word = text.AsSpan(t.Start, t.Length);
            int n = Clitics.Candidates(word, buffer);
            if (n < 1 || !buffer[0].IsUnsplit) return false;
            for (int i = 1; i < n; i++)
                if (buffer[i].PrefixLength < 0 || buffer[i].SuffixLength < 0 || buffer[i].PrefixLength + buffer[i].SuffixLength >= word.Length)
                    return false;
            LightStemmer.Stem(word.ToString());
        }
        return true;
    });

    [Fact]
    public async Task A_megabyte_without_a_break_is_processed_without_hanging()
    {
        var inputs = new[]
        {
            new string('ب', 1 << 20),                                   // one endless word
            string.Concat(Enumerable.Repeat("د.", 1 << 19)),            // abbreviation dots everywhere
            new string('.', 1 << 20),                                   // one endless run of terminals
            new string('(', 1 << 19) + new string('«', 1 << 19),        // brackets and quotes never closed
            string.Concat(Enumerable.Repeat("قصف دمشق ", 1 << 17)),     // words without a full stop
            new string('\uD800', 1 << 20),                              // lone surrogates
        };
        foreach (var text in inputs)
        {
            var a = await AnalyseOrFailOnHang(text);
            Assert.NotEmpty(a.Sentences);
            Assert.Equal(text.Length - CountDropped(text), a.Shadow.Shadow.Length);
        }
    }

    /// <summary>
    /// A hang guard, not a speed test: each input takes well under a second, so only a loop that
    /// never ends (or a quadratic path over a megabyte, hours) reaches ten minutes. Speed is measured
    /// in bench/ (TextLayerBenchmarks).
    /// </summary>
    private static async Task<AnalysedText> AnalyseOrFailOnHang(string text)
    {
        var work = Task.Run(() => TextAnalyzer.Analyse(text));
        if (await Task.WhenAny(work, Task.Delay(TimeSpan.FromMinutes(10))) != work)
            Assert.Fail($"TextAnalyzer.Analyse did not return on a {text.Length:N0}-character input");
        return await work;
    }

    private static int CountDropped(string text)
    {
        int n = 0;
        foreach (char c in text) if (ArabicNormalizer.Fold(c) == '\0') n++;
        return n;
    }
}
