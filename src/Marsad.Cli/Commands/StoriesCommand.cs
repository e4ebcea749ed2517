using System.CommandLine;
using System.Text.Json;
using Marsad.Extract.Records;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stories [--db FILE | --pg CONN] [--rebuild] [--from D] [--to D] [--json]</c>: stories (articles about one happening) with their articles and merged events.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var pg = StoreOptions.Pg();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var limit = new Option<int>("--limit", "-n") { Description = "Stories to show (largest first)", DefaultValueFactory = _ => 20 };
        var json = StoreOptions.Json();
        var score = new Option<string?>("--score") { Description = "Score the stories against labelled pairs (TSV: id_a, id_b, same|different) and print precision/recall" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Recompute the stories from the whole store first (after changing thresholds in resources/corpus/stories.tsv)" };
        var resources = CommonOptions.Resources();
        var cmd = new Command("stories", "List stories: the same happening reported across outlets, with near-duplicates and merged events") { db, pg, from, to, limit, json, score, rebuild, resources };
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(async () =>
        {
            await using var store = (await StoreOptions.Location(parse, db, pg).OpenAsync(cancel)).Store;
            if (parse.GetValue(rebuild))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                int n = await StoryBuilder.RebuildAsync(store, CommonOptions.ResourceSetFrom(parse.GetValue(resources)), cancel);
                Console.Error.WriteLine($"{n} stories rebuilt in {clock.Elapsed.TotalSeconds:0.0} s");
            }
            if (parse.GetValue(score) is { } pairs)
            {
                if (!File.Exists(pairs)) throw new UsageException($"--score: no file '{pairs}'");
                var s = await StoryEvaluation.ScoreAsync(store, pairs, cancel);
                Console.WriteLine($"pairs: {s.TruePositives + s.FalseNegatives} same, {s.FalsePositives + s.TrueNegatives} different, {s.Missing.Count} not in the store");
                Console.WriteLine($"TP {s.TruePositives}  FP {s.FalsePositives}  FN {s.FalseNegatives}  TN {s.TrueNegatives}");
                Console.WriteLine($"precision {s.Precision:0.000}  recall {s.Recall:0.000}  F1 {s.F1:0.000}");
                return s.Missing.Count > 0 ? 1 : 0;
            }
            var stories = await store.ListStoriesAsync(StoreOptions.CheckDate(parse.GetValue(from), "--from"), StoreOptions.CheckDate(parse.GetValue(to), "--to"), cancel);
            var shown = stories.Take(Math.Max(1, parse.GetValue(limit))).ToArray();
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                foreach (var s in shown)
                {
                    JsonSerializer.Serialize(stdout, s, RecordJson.Options);
                    stdout.WriteByte((byte)'\n');
                }
                return 0;
            }
            var console = AnsiConsole.Console;
            console.MarkupLine($"[bold]{stories.Count}[/] stories" + (shown.Length < stories.Count ? $", the {shown.Length} largest:" : ":"));
            foreach (var s in shown)
            {
                console.MarkupLine($"[bold]{s.Id}[/] {s.FirstDate}…{s.LastDate}  {s.Articles.Count} articles, {s.Outlets} outlets, {s.Events.Count} merged events");
                foreach (var a in s.Articles)
                    console.MarkupLine($"   {a.Published} [grey]{Markup.Escape(a.Outlet ?? "-"),-10}[/] {Markup.Escape(a.Title)}" + (a.DuplicateOf is null ? "" : $" [grey](reprint of {a.DuplicateOf})[/]"));
                foreach (var e in s.Events)
                    console.MarkupLine($"   [yellow]{e.Type}[/] {Markup.Escape(e.Actor1 ?? "?")} → {Markup.Escape(e.Actor2 ?? "?")} at {Markup.Escape(e.Place ?? "?")} {e.Date}, {e.Corroboration} sources" +
                        (e.Disagreements.Count > 0 ? $" [red]sources disagree: {string.Join(", ", e.Disagreements)}[/]" : ""));
            }
            return 0;
        }));
        return cmd;
    }
}
