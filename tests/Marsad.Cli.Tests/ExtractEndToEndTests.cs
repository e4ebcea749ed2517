using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marsad.Cli.Tests;

/// <summary>
/// Runs the real <c>marsad extract</c> process on a folder of good and bad inputs and checks what a
/// user sees: the records on stdout, one line per failure on stderr, the summary and the exit code.
/// </summary>
public sealed partial class ExtractEndToEndTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "marsad-e2e-" + Guid.NewGuid().ToString("N"));

    private const string Scraped = "بحث\nبحث\n\nالنظام يعلن عن اتفاق مع داعش جنوبي دمشق\n\nقالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية.\n\nاترك تعليقاً\n";

    public ExtractEndToEndTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var p = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    private static (int Exit, string Stdout, string[] Stderr) Run(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        if (stdin is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(stdin);
            process.StandardInput.BaseStream.Write(bytes);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "marsad extract did not finish within two minutes");
        return (process.ExitCode, stdout.Result, stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^(\d+) documents, (\d+) failures, \d+\.\d\d s, \d+ docs/s$")]
    private static partial Regex Summary();

    [Fact]
    public void Good_and_bad_inputs_give_records_failure_lines_a_summary_and_exit_0()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        Write("good.txt", Encoding.UTF8.GetBytes(Scraped));
        Write("empty.txt", Encoding.UTF8.GetBytes(" \n\t\n"));
        Write("junk.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x00, 0x13, 0xFE]);
        using (var huge = File.Create(Path.Combine(_dir, "huge.txt"))) huge.SetLength(200_000);
        Write("legacy.txt", Encoding.GetEncoding(1256).GetBytes("قالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية."));
        Write("sub/feed.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"وصل الوفد الروسي إلى دمشق.\",\"published\":\"2018-04-12\"}\n{\"text\": oops}\n{\"text\":\"غادر الوفد حلب.\"}\n"));

        var (exit, stdout, stderr) = Run(null, "extract", _dir, "--max-bytes", "100000");

        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["good", "legacy", "a", "feed:3"], records.Select(r => r.GetProperty("id").GetString()));
        var good = records[0];
        var text = good.GetProperty("text").GetString()!;
        Assert.Equal(Scraped, text);
        var title = good.GetProperty("title");
        Assert.Equal("النظام يعلن عن اتفاق مع داعش جنوبي دمشق", text[title.GetProperty("start").GetInt32()..title.GetProperty("end").GetInt32()]);
        var body = good.GetProperty("body").EnumerateArray().Select(b => text[b.GetProperty("start").GetInt32()..b.GetProperty("end").GetInt32()]);
        Assert.Equal(["قالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية."], body);
        Assert.Equal("2018-04-12", records[2].GetProperty("published").GetString());

        Assert.Equal(
        [
            $"marsad: {Path.Combine(_dir, "empty.txt")}: empty article (only white space)",
            $"marsad: {Path.Combine(_dir, "huge.txt")}: larger than the 100000-byte cap (raise it with --max-bytes)",
            $"marsad: {Path.Combine(_dir, "junk.bin")}: binary content (NUL bytes), not text",
        ], stderr[..3]);
        Assert.StartsWith($"marsad: {Path.Combine(_dir, "sub", "feed.jsonl")}:2: malformed JSON: ", stderr[3], StringComparison.Ordinal);
        var summary = Summary().Match(stderr[4]);
        Assert.True(summary.Success, stderr[4]);
        Assert.Equal(("4", "4"), (summary.Groups[1].Value, summary.Groups[2].Value));
        Assert.Equal(5, stderr.Length);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Nothing_processable_exits_1()
    {
        var empty = Write("empty.txt", Encoding.UTF8.GetBytes("   "));
        var (exit, stdout, stderr) = Run(null, "extract", empty, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"marsad: {Path.Combine(_dir, "missing.txt")}: no such file or directory", stderr[1]);
        Assert.Equal("0 documents, 2 failures", string.Join(',', stderr[2].Split(',')[..2]));
    }

    [Fact]
    public void Empty_folder_is_nothing_to_do_and_exits_0()
    {
        var (exit, stdout, _) = Run(null, "extract", _dir, "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run(null, "extract").Exit);
        Assert.Equal(2, Run(null, "extract", _dir, "--max-bytes", "0").Exit);
        Assert.Equal(2, Run(null, "extract", _dir, "-o", Path.Combine(_dir, "no", "such", "dir", "out.jsonl")).Exit);
    }

    [Fact]
    public void Stdin_is_read_with_dash_and_output_goes_to_the_file()
    {
        var output = Path.Combine(_dir, "out.jsonl");
        var (exit, stdout, stderr) = Run(Scraped, "extract", "-", "-o", output, "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Empty(stderr);
        var record = JsonDocument.Parse(File.ReadAllLines(output).Single()).RootElement;
        Assert.Equal("stdin", record.GetProperty("id").GetString());
    }

    [Fact]
    public void Reference_date_fixes_the_year_a_weekday_implies_for_an_undated_article()
    {
        // 11 April was a Wednesday in 2018 and again in 2029: the reference date picks the cycle.
        var path = Write("undated.txt", Encoding.UTF8.GetBytes("قصفت قوات النظام بلدة دوما يوم الأربعاء 11 نيسان، بحسب مصادر محلية."));

        var (archived, stdout, _) = Run(null, "extract", path, "--reference-date", "2018-06-01", "-q");
        var (badExit, bad, badErr) = Run(null, "extract", path, "--reference-date", "2018-13-45", "-q");

        Assert.Equal(0, archived);
        var times = JsonDocument.Parse(stdout).RootElement.GetProperty("times").EnumerateArray().Select(t => t.GetProperty("value").GetString()).ToArray();
        Assert.Contains("2018-04-11", times);
        Assert.Equal(2, badExit);
        Assert.DoesNotContain("\"format\"", bad, StringComparison.Ordinal);
        Assert.Contains(badErr, l => l.Contains("--reference-date", StringComparison.Ordinal));
    }
    /// <summary>Three megabytes of real-looking reports: cleaning alone takes far longer than a millisecond.</summary>
    private string WriteLargeReport(string name)
    {
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
            text.Append("قصفت طائرات حربية مدينة إدلب صباح الأحد، ما أدى إلى مقتل ").Append(i % 90 + 2).Append(" مدنياً بحسب الدفاع المدني. ");
        return Write(name, Encoding.UTF8.GetBytes(text.ToString()));
    }

    private const string BudgetReason = "(0.001 s per document; raise it with --time-budget SECONDS)";

    [Fact]
    public void Time_budget_fails_a_large_document_with_one_line_and_the_batch_goes_on()
    {
        var big = WriteLargeReport("big.txt");
        Write("small1.txt", Encoding.UTF8.GetBytes(Scraped));
        Write("small2.txt", Encoding.UTF8.GetBytes("قالت وسائل إعلام روسية إن تنظيم داعش سينسحب إلى البادية السورية."));

        var (exit, stdout, stderr) = Run(null, "extract", _dir, "--time-budget", "0.001");

        Assert.Contains(stderr, l => l.StartsWith($"marsad: {big}: time budget exceeded during ", StringComparison.Ordinal) && l.EndsWith(BudgetReason, StringComparison.Ordinal));
        // The small documents may or may not fit a millisecond on a busy machine (the first pays for
        // JIT compilation); what must hold is that each is accounted for, after the large one failed.
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
        var failures = stderr.Where(l => l.StartsWith("marsad: ", StringComparison.Ordinal)).ToList();
        Assert.All(failures, l => Assert.EndsWith(BudgetReason, l, StringComparison.Ordinal));
        var failed = failures.Select(l => Path.GetFileNameWithoutExtension(l["marsad: ".Length..l.IndexOf(": time budget", StringComparison.Ordinal)])).ToList();
        Assert.Equal(["big", "small1", "small2"], records.Concat(failed).Order());
        var summary = Summary().Match(stderr[^1]);
        Assert.True(summary.Success, stderr[^1]);
        Assert.Equal((records.Count.ToString(), failures.Count.ToString()), (summary.Groups[1].Value, summary.Groups[2].Value));
        Assert.Equal(records.Count > 0 ? 0 : 1, exit);
    }

    [Fact]
    public void Ingest_time_budget_fails_a_large_document_with_one_line()
    {
        var big = WriteLargeReport("in/big.txt");
        Write("in/small.txt", Encoding.UTF8.GetBytes(Scraped));

        var (exit, _, stderr) = Run(null, "ingest", Path.Combine(_dir, "in"), "--db", Path.Combine(_dir, "m.db"), "--time-budget", "0.001", "--no-stories", "--quiet");

        Assert.Single(stderr, l => l.StartsWith($"marsad: {big}: time budget exceeded during ", StringComparison.Ordinal) && l.EndsWith(BudgetReason, StringComparison.Ordinal));
        Assert.Equal(0, exit); // both documents were read; only processing gave up on them
    }

    [Fact]
    public void Time_budget_must_be_a_positive_number_of_seconds()
    {
        var path = Write("a.txt", Encoding.UTF8.GetBytes(Scraped));
        foreach (var args in new[] { new[] { "extract", path, "--time-budget", "0" }, ["ingest", path, "--db", Path.Combine(_dir, "m.db"), "--time-budget", "-1"] })
        {
            var (exit, stdout, stderr) = Run(null, args);
            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.Contains(stderr, l => l.Contains("--time-budget must be a positive number of seconds", StringComparison.Ordinal));
        }
    }
}
