using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Extract.Times;
using Marsad.Tests.Shared;
using Marsad.Text;
using Marsad.Text.Resources;
using static Marsad.Extract.Tests.TimeTestSupport;

namespace Marsad.Extract.Tests;

/// <summary>Whole sample articles against their gold times, and properties over random text.</summary>
public sealed class TimeGoldenTests
{
    private sealed record GoldTime(int Start, int End, string? Value);

    private sealed record GoldDoc(string Id, string Text, DateOnly? Published, bool PublishedInferred, List<GoldTime> Times);

    private static List<GoldDoc> LoadGold()
    {
        var docs = new List<GoldDoc>();
        foreach (var line in File.ReadLines(SharedData.Samples("gold", "seeds.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var j = JsonDocument.Parse(line);
            var r = j.RootElement;
            if (!r.TryGetProperty("times", out var times)) continue;
            DateOnly? published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
            bool inferred = r.TryGetProperty("published_inferred", out var pi) && pi.ValueKind == JsonValueKind.True;
            var list = times.EnumerateArray().Select(t => new GoldTime(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(),
                t.GetProperty("value").ValueKind == JsonValueKind.String ? t.GetProperty("value").GetString() : null)).ToList();
            docs.Add(new GoldDoc(r.GetProperty("id").GetString()!, r.GetProperty("text").GetString()!, published, inferred, list));
        }
        return docs;
    }

    [Fact]
    public void Sample_gold_times_are_found_with_their_values()
    {
        int gold = 0, found = 0, system = 0, correct = 0;
        var misses = new List<string>();
        foreach (var doc in LoadGold())
        {
            // The source's own date is given; an inferred gold date is what the stage must infer.
            var r = Run(doc.Text, doc.PublishedInferred ? null : doc.Published);
            if (doc.PublishedInferred) Assert.Equal(doc.Published, r.Published);
            foreach (var g in doc.Times)
            {
                gold++;
                if (r.Times.Any(s => s.Start < g.End && g.Start < s.End && s.Value == g.Value)) found++;
                else misses.Add($"{doc.Id} {doc.Text[g.Start..g.End]} {g.Value}");
            }
            foreach (var s in r.Times)
            {
                system++;
                if (doc.Times.Any(g => s.Start < g.End && g.Start < s.End && s.Value == g.Value)) correct++;
            }
        }
        double recall = (double)found / gold, precision = (double)correct / system;
        Assert.True(recall >= 0.90, $"times found {recall:0.000} < 0.90; missed: {string.Join("; ", misses)}");
        Assert.True(precision >= 0.90, $"times precision {precision:0.000} < 0.90");
    }

    [Fact]
    public void Sample_article_times_match_gold_exactly()
    {
        var doc = LoadGold().Single(d => d.Id.StartsWith("004", StringComparison.Ordinal));
        var r = Run(doc.Text);
        Assert.Equal(doc.Times.Select(g => (g.Start, g.End, g.Value)), r.Times.Select(s => (s.Start, s.End, s.Value)));
    }

    [Fact]
    public void Malformed_user_resource_line_names_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-times-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "time"));
            File.WriteAllText(Path.Combine(dir.FullName, "time", "months.variants.tsv"), "# format: marsad.months/1\nنيسان\t13\tgregorian\n");
            var e = Assert.Throws<ResourceFormatException>(() => new TimeExtractor(new ResourceSet([dir.FullName])));
            Assert.Equal(2, e.Line);
            Assert.Contains("months.variants.tsv", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void User_resource_adds_a_month_spelling()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-times-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "time"));
            File.WriteAllText(Path.Combine(dir.FullName, "time", "months.variants.tsv"), "# format: marsad.months/1\nابرل\t4\tgregorian\tuser\t\n");
            var extractor = new TimeExtractor(new ResourceSet([dir.FullName]), referenceDate: Today);
            var r = extractor.Extract(TextAnalyzer.Analyse("في 11 ابرل 2018"), null);
            Assert.Equal("2018-04-11", Assert.Single(r.Times).Value);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static readonly string[] Pieces =
    [
        "أمس", "،", "الأربعاء", "11", "نيسان", "2018", "/", "أبريل", "(", ")", "منذ", "أكثر", "من", "عام", "48", "ساعة",
        "بين", "و", "15", "اليوم", "الماضية", "الجمعة", "هـ", "1439", "رمضان", "-", "١١", "كانون", "الثاني", "الساعات",
        "اليومين", "الماضيين", "\n", "ثلاثة", "أيام", "قبل", "31", "شباط", "0", "99999999", "يوم", "صباح", "الأسبوع",
        "المقبل", "11/4/2018", "2018-04-11", "لأكثر", "الـ", "24", "روسيا", "م", "شهر", "آب", "إلى", "عشرات", "ألف",
        "ذي", "الحجة", "الموافق", "هذا", "للأسبوع", "x", "\u200F", "ً", "السنوات", "الأشهر", "100000", "منذ", "سنة", "عاما", "9999",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Pieces).ArrayOf().Select(a => string.Join(" ", a)),
                Gen.Elements(Pieces).ArrayOf().Select(a => string.Concat(a)),
                ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))
            .ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Every_time_span_is_valid_and_inside_the_text() => Prop.ForAll(Texts(), text =>
    {
        var r = Run(text);
        int previousEnd = 0;
        foreach (var t in r.Times)
        {
            if (t.Start < previousEnd || t.End <= t.Start || t.End > text.Length) return false;
            if (t.Text != text[t.Start..t.End]) return false;
            previousEnd = t.End;
        }
        return r.Published is null || r.PublishedInferred;
    });

    [Property(MaxTest = 200)]
    public Property Numbers_never_throw_and_spans_lie_inside() => Prop.ForAll(Texts(), text =>
    {
        var a = TextAnalyzer.Analyse(text);
        for (int i = 0; i < a.Tokens.Length; i++)
        {
            if (!Marsad.Extract.Numbers.ArabicNumbers.Shipped.TryMatch(a, i, out var m)) continue;
            if (m.Span.Start < a.Tokens[i].Start || m.Span.End > text.Length || m.Span.IsEmpty || m.TokenCount < 1) return false;
        }
        return true;
    });
}
