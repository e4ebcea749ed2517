using System.CommandLine;
using Marsad.Extract.Events;
using Marsad.Text.Resources;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad kb import-petrarch-verbs FILE --map cameo2plover.tsv -o resources/events/triggers.petrarch.tsv</c>:
/// rebuilds the imported event-trigger lexicon from PETRARCH's Arabic verb dictionary.
/// </summary>
internal static class TriggersImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CAMEO.ar.0.5.txt (../shared/data/lexicons/petrarch-arabic)" };
        var map = new Option<string?>("--map") { Description = "CAMEO→PLOVER table (default: cameo2plover.tsv one folder above FILE)" };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Trigger file to write (default resources/events/triggers.petrarch.tsv)",
            DefaultValueFactory = _ => "resources/events/triggers.petrarch.tsv",
        };
        var cmd = new Command("import-petrarch-verbs", "Import PETRARCH's Arabic verb dictionary as PLOVER event triggers") { file, map, output };
        cmd.SetAction(parse =>
        {
            var verbs = parse.GetValue(file)!;
            if (!File.Exists(verbs)) return Fail($"{verbs} not found: give the path of CAMEO.ar.0.5.txt");
            var mapPath = parse.GetValue(map) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(verbs))!, "..", "cameo2plover.tsv");
            if (!File.Exists(mapPath)) return Fail($"{mapPath} not found: pass --map with cameo2plover.tsv");
            try
            {
                var summary = PetrarchVerbImporter.Import(verbs, PetrarchVerbImporter.ReadMap(mapPath), parse.GetValue(output)!);
                Console.Error.WriteLine($"marsad kb: {summary.VerbLines} verb lines → {summary.Written} triggers → {parse.GetValue(output)} " +
                    $"(skipped: {summary.NoCode} without a code, {summary.StatementCodes} statements 01x, {summary.UnmappedCodes} unmapped codes, " +
                    $"{summary.Duplicates} repeated forms; {summary.PatternLines} pattern lines not imported)");
                return 0;
            }
            catch (ResourceFormatException e)
            {
                return Fail(e.Message);
            }
        });
        return cmd;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"marsad: {message}");
        return 1;
    }
}
