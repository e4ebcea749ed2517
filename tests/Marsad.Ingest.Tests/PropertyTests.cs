using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Marsad.Ingest.Encodings;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Tests;

/// <summary>No input crashes a reader, and the cleaner's spans are always valid.</summary>
public class PropertyTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(300);

    // Arbitrary bytes, sometimes behind a format's telltale start, so every reader's path is hit.
    private static Gen<byte[]> Inputs() =>
        from raw in ArbMap.Default.GeneratorFor<byte[]>()
        from prefix in Gen.Elements<byte[]>([], "{\"text\":\""u8.ToArray(), [0x1F, 0x8B, 0x08, 0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], "{}\n{"u8.ToArray())
        select (byte[])[.. prefix, .. raw];

    [Fact]
    public void Article_sources_never_throw_on_arbitrary_bytes()
    {
        using var dir = new TempFolder();
        int n = 0;
        Prop.ForAll(Inputs().ToArbitrary(), bytes =>
        {
            var path = dir.File($"f{n++}.bin", bytes);
            var results = ArticleSources.Open([path], new SourceOptions { MaxBytes = 4096 }).ToList();
            Assert.NotEmpty(results);
            foreach (var r in results)
                if (r is ReadResult.Failed f) Assert.False(string.IsNullOrWhiteSpace(f.Reason));
        }).Check(Many);
    }

    [Fact]
    public void Plain_text_reader_never_throws_on_arbitrary_bytes() =>
        Prop.ForAll(Inputs().ToArbitrary(), bytes =>
            Assert.Single(new PlainTextReader().Read(new MemoryStream(bytes), "x.txt"))).Check(Many);

    [Fact]
    public void Json_lines_reader_never_throws_on_arbitrary_bytes() =>
        Prop.ForAll(Inputs().ToArbitrary(), bytes =>
            Assert.NotEmpty(new JsonLinesReader(new SourceOptions { MaxBytes = 512 }).Read(new MemoryStream(bytes), "x.jsonl").ToList())).Check(Many);

    [Fact]
    public void Decoder_never_throws_on_arbitrary_bytes() =>
        Prop.ForAll(Inputs().ToArbitrary(), bytes =>
        {
            var r = ArabicTextDecoder.Decode(bytes);
            Assert.True(r.Succeeded ^ (r.Failure is not null));
        }).Check(Many);

    // Text built from the pieces scraped pages are made of: Arabic words, chrome phrases, bullets,
    // punctuation, blank lines, CRLF, emoji and stray whitespace.
    private static Gen<string> ScrapedText() =>
        Gen.Elements("دمشق", "الروس", "بحث", "اترك تعليقاً", "التعليقات (0)", "الأكثر قراءة", "- ", "• ", "صوت العاصمة", " – خاص", "«عكاظ»",
                     ".", "،", "؟", " ", "\n", "\n\n", "\r\n", "\t", "💡", "\u00A0", "12", "نيسان", "|", "https://x.org", "\u200F", "\uD83D")
            .ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void Cleaner_spans_are_valid_ordered_and_inside_the_text() =>
        Prop.ForAll(ScrapedText().ToArbitrary(), text =>
        {
            var layout = ScrapedTextCleanerTests.Cleaner.Clean(new Article("p", text, "p"));
            var spans = layout.Body.ToList();
            if (layout.Title is { } t) spans.Add(t);
            int last = 0;
            foreach (var b in layout.Body)
            {
                Assert.True(b.Start >= last && b.Start < b.End && b.End <= text.Length, $"bad body span {b} in text of {text.Length}");
                Assert.False(char.IsWhiteSpace(text[b.Start]) || char.IsWhiteSpace(text[b.End - 1]));
                last = b.End;
            }
            if (layout.Title is { } title)
            {
                Assert.True(title.Start >= 0 && title.Start < title.End && title.End <= text.Length);
                Assert.All(layout.Body, b => Assert.False(b.Overlaps(title)));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void Cleaner_is_total_on_arbitrary_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= "";
            var layout = ScrapedTextCleanerTests.Cleaner.Clean(new Article("p", text, "p"));
            Assert.All(layout.Body, b => Assert.True(b.Start >= 0 && b.End <= text.Length && b.Start < b.End));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
}
