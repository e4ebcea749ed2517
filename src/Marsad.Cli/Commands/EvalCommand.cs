using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Extract.Evaluation;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval GOLD SYSTEM [--json]</c>: scores records against gold (record.md, "Scoring").</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold records: a .jsonl file or a folder of .json/.jsonl" };
        var system = new Argument<string>("system") { Description = "System records, same forms" };
        var json = new Option<bool>("--json") { Description = "Print the full report as JSON" };
        var cmd = new Command("eval", "Score system records against gold: entities, times, events with slot accuracies, over-coding") { gold, system, json };
        cmd.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(system)!, parse.GetValue(json)));
        return cmd;
    }

    private static int Run(string goldPath, string systemPath, bool json)
    {
        EvaluationReport report;
        try
        {
            report = Scorer.Score(RecordFiles.Load(goldPath), RecordFiles.Load(systemPath));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad eval: {e.Message}");
            return 1;
        }
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        Print(report);
        return 0;
    }

    private static string F(double? v) => v is double d ? d.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    private static void Print(EvaluationReport r)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        console.MarkupLine($"[bold]{r.Documents}[/] gold documents" + (r.Missing.Count > 0 ? $", [red]{r.Missing.Count} missing in system[/]: {Markup.Escape(string.Join(' ', r.Missing))}" : ""));
        var table = new Table().AddColumns("measure", "P", "R", "F1", "tp", "fp", "fn");
        void Row(string name, Prf p) => table.AddRow(name, F(p.Precision), F(p.Recall), F(p.F1), p.TruePositives.ToString(CultureInfo.InvariantCulture), p.FalsePositives.ToString(CultureInfo.InvariantCulture), p.FalseNegatives.ToString(CultureInfo.InvariantCulture));
        foreach (var (type, prf) in r.Entities) Row($"entities {type}", prf);
        Row("times (overlap + value)", r.Times);
        Row("events (evidence + type)", r.Events);
        Row("body paragraphs", r.Body);
        console.Write(table);
        var slots = new Table().AddColumns("on matched events / documents", "accuracy", "correct", "total");
        foreach (var (slot, acc) in r.EventSlots) slots.AddRow($"event {slot}", F(acc.Value), acc.Correct.ToString(CultureInfo.InvariantCulture), acc.Total.ToString(CultureInfo.InvariantCulture));
        slots.AddRow("title", F(r.Title.Value), r.Title.Correct.ToString(CultureInfo.InvariantCulture), r.Title.Total.ToString(CultureInfo.InvariantCulture));
        slots.AddRow("outlet", F(r.Outlet.Value), r.Outlet.Correct.ToString(CultureInfo.InvariantCulture), r.Outlet.Total.ToString(CultureInfo.InvariantCulture));
        slots.AddRow("published", F(r.Published.Value), r.Published.Correct.ToString(CultureInfo.InvariantCulture), r.Published.Total.ToString(CultureInfo.InvariantCulture));
        console.Write(slots);
        console.MarkupLine($"over-coding: [bold]{r.OverCoding}[/] events in {r.EventFreeDocuments} gold documents that have none");
    }
}
