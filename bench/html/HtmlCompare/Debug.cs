using AngleSharp.Html.Parser;
using Marsad.Ingest.Html;

namespace Marsad.Bench.Html;

/// <summary>Prints how the extractor saw one page: every block with its weight, chrome flag and element path.</summary>
public static class Debug
{
    public static void Dump(Page page)
    {
        var h = HtmlHeuristics.Shipped;
        using var doc = new HtmlParser().ParseDocument(page.Html);
        var rendered = new HtmlTextRenderer(h) { KeepLabels = true }.Render(doc.DocumentElement);
        var main = new MainContentExtractor(h).Extract(rendered);
        var labels = rendered.Labels!;
        Console.WriteLine($"text {rendered.Text.Length} blocks {rendered.Blocks.Length} elements {rendered.Elements.Length}");
        Console.WriteLine($"container {main.Container} {(main.Container >= 0 ? Path(rendered, main.Container) : "")}");
        for (int i = 0; i < rendered.Blocks.Length; i++)
        {
            var b = rendered.Blocks[i];
            bool kept = main.Body.Any(s => s.Start == b.Start);
            var text = rendered.Text[b.Start..b.End];
            if (text.Length > 70) text = text[..70];
            if (Environment.GetEnvironmentVariable("PATHS") == "1") Console.WriteLine("    " + Path(rendered, b.Element));
            Console.WriteLine($"{(kept ? "+" : " ")} {main.Weights![i],6:0} {(main.ChromeElements![b.Element] ? "C" : " ")} e{b.Element} {labels[b.Element]} | {text}");
        }
    }

    /// <summary>
    /// Blocks where the extractor and the ground truth disagree: "+" kept but not in expected.txt (extra),
    /// "-" in expected.txt but left out (missing), with weight, chrome flag and the last element labels.
    /// </summary>
    public static void Diff(Page page)
    {
        var h = HtmlHeuristics.Shipped;
        using var doc = new HtmlParser().ParseDocument(page.Html);
        var rendered = new HtmlTextRenderer(h) { KeepLabels = true }.Render(doc.DocumentElement);
        var main = new MainContentExtractor(h).Extract(rendered);
        var gold = Squash(page.Expected);
        Console.WriteLine($"== {page.Key} container {main.Container} {(main.Container >= 0 ? Tail(rendered, main.Container, 4) : "")}");
        for (int i = 0; i < rendered.Blocks.Length; i++)
        {
            var b = rendered.Blocks[i];
            bool kept = main.Body.Any(s => s.Start == b.Start);
            var text = rendered.Text[b.Start..b.End];
            var sq = Squash(text);
            if (sq.Length < 3) continue;
            bool expected = gold.Contains(sq, StringComparison.Ordinal);
            if (kept == expected) continue;
            if (text.Length > 110) text = text[..110];
            Console.WriteLine($"{(kept ? "+" : "-")} {main.Weights![i],6:0} {(main.ChromeElements![b.Element] ? "C" : " ")} {Tail(rendered, b.Element, 3)} | {text}");
        }
    }

    private static string Squash(string s)
    {
        var n = Scoring.Normalise(s);
        var sb = new System.Text.StringBuilder(n.Length);
        foreach (var c in n) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    private static string Tail(RenderedPage page, int e, int n)
    {
        var parts = new List<string>();
        while (e >= 0 && parts.Count < n) { parts.Add(page.Labels![e]); e = page.Elements[e].Parent; }
        parts.Reverse();
        return string.Join(">", parts);
    }

    private static string Path(RenderedPage page, int e)
    {
        var parts = new List<string>();
        while (e >= 0) { parts.Add(e + ":" + page.Labels![e]); e = page.Elements[e].Parent; }
        parts.Reverse();
        return string.Join(" > ", parts);
    }
}

/// <summary>Time per stage over all pages, to see where the extractor spends its time.</summary>
public static class StageTimes
{
    public static void Print(List<Page> pages)
    {
        var h = HtmlHeuristics.Shipped;
        var parser = new HtmlParser();
        var renderer = new HtmlTextRenderer(h);
        var extractor = new MainContentExtractor(h);
        var t = new double[5];
        var sw = new System.Diagnostics.Stopwatch();
        foreach (var page in pages)
        {
            sw.Restart();
            using var doc = parser.ParseDocument(page.Html);
            t[0] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var meta = PageMetadata.Read(doc);
            t[1] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var rendered = renderer.Render(doc.DocumentElement);
            t[2] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            var main = extractor.Extract(rendered);
            t[3] += sw.Elapsed.TotalMilliseconds; sw.Restart();
            TitleFinder.Find(rendered, meta, main.Body);
            t[4] += sw.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"parse {t[0]:0} ms, meta {t[1]:0} ms, render {t[2]:0} ms, extract {t[3]:0} ms, title {t[4]:0} ms");
        var full = new HtmlArticleExtractor();
        sw.Restart();
        foreach (var page in pages) full.Extract(page.Html, page.Id, page.Key, page.Url);
        Console.WriteLine($"full extractor {sw.Elapsed.TotalMilliseconds:0} ms");
        sw.Restart();
        foreach (var page in pages) { using var d = parser.ParseDocument(page.Html); }
        Console.WriteLine($"parse only {sw.Elapsed.TotalMilliseconds:0} ms");
    }
}
