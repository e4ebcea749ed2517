using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>The <c>marsad</c> command: one sub-command per capability, each in Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Marsad (مرصد): Arabic news in, evidence-linked event records out.");
        root.Subcommands.Add(ExtractCommand.Create());
        var kb = KbCommand.Create();
        kb.Subcommands.Add(TriggersImportCommand.Create());
        root.Subcommands.Add(kb);
        root.Subcommands.Add(EvalCommand.Create());
        foreach (var c in StoreCommands.Create()) root.Subcommands.Add(c);
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SubmitCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        var parsed = root.Parse(args);
        // Usage errors (unknown option, missing input) print the parser's message and exit with 2,
        // so scripts can tell them from runs where nothing could be processed (1).
        if (parsed.Errors.Count > 0)
        {
            parsed.Invoke();
            return 2;
        }
        return parsed.Invoke();
    }
}
