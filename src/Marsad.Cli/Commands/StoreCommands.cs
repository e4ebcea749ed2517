using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>The store's commands, registered together from Program.cs.</summary>
internal static class StoreCommands
{
    public static IEnumerable<Command> Create() => [IngestCommand.Create(), SearchCommand.Create(), StoriesCommand.Create(), ExportCommand.Create()];
}
