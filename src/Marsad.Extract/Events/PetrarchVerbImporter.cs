using System.Text;
using Marsad.Text.Resources;

namespace Marsad.Extract.Events;

/// <summary>What an import of the PETRARCH verb dictionary produced, for the command's report.</summary>
public sealed record PetrarchImportSummary(int VerbLines, int Written, int NoCode, int StatementCodes, int UnmappedCodes, int Duplicates, int PatternLines);

/// <summary>
/// Imports the verb lines of UniversalPetrarch's Arabic verb dictionary (CAMEO.ar.0.5.txt, format in
/// shared/data/lexicons/petrarch-arabic/README.md) as a Marsad trigger file: each verb lemma with its
/// own CAMEO code, or its block's default code, mapped to a PLOVER type through cameo2plover.tsv.
/// </summary>
/// <remarks>
/// Deviations from PETRARCH, on purpose: (1) only verb lines are imported — the 2,665 patterns need a
/// dependency parse to place source and target and are counted, not used; (2) a code is looked up
/// exactly and then by its three- and two-digit parents (1211 → 121 → 12x root), because the map
/// lists the codes the dictionary's patterns use, not every verb line's; (3) statement codes (01x)
/// have no PLOVER type and are dropped; (4) "+" and "_" in a lemma become spaces (حقق+في → "حقق في");
/// (5) the first line of a form wins when the dictionary repeats it with another code.
/// </remarks>
public static class PetrarchVerbImporter
{
    public const string VerbSection = "####### VERB PATTERNS";

    /// <summary>Reads cameo2plover.tsv (cameo TAB plover, header line "cameo plover").</summary>
    public static Dictionary<string, string> ReadMap(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("cameo", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f[0].Length == 0 || !f[0].All(char.IsAsciiDigit))
                throw new ResourceFormatException(path, n, $"'{f[0]}' is not a CAMEO code (digits)");
            var plover = f.Length > 1 ? f[1].Trim() : "";
            if (plover.Length > 0 && !TriggerLexicon.PloverTypes.Contains(plover))
                throw new ResourceFormatException(path, n, $"'{plover}' is not one of the 16 PLOVER types");
            map[f[0]] = plover;
        }
        return map;
    }

    /// <summary>The PLOVER type of a CAMEO code: exact, then its parents; "" for statements; null when unknown.</summary>
    public static string? Plover(string code, IReadOnlyDictionary<string, string> map)
    {
        if (map.TryGetValue(code, out var p)) return p;
        if (code.Length > 3 && map.TryGetValue(code[..3], out p)) return p;
        if (code.Length >= 2 && map.TryGetValue(code[..2] + "0", out p)) return p;
        return null;
    }

    /// <summary>Imports <paramref name="verbsPath"/> into a trigger file at <paramref name="outputPath"/>.</summary>
    public static PetrarchImportSummary Import(string verbsPath, IReadOnlyDictionary<string, string> map, string outputPath)
    {
        int verbLines = 0, noCode = 0, statements = 0, unmapped = 0, duplicates = 0, patterns = 0;
        var rows = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool inVerbs = false;
        string? blockCode = null;
        int n = 0;
        foreach (var raw in File.ReadLines(verbsPath))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(VerbSection, StringComparison.Ordinal)) { inVerbs = true; continue; }
            if (!inVerbs) continue;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("<!", StringComparison.Ordinal) || trimmed.StartsWith('~')) continue;
            if (trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                blockCode = CodeIn(trimmed, verbsPath, n);
                continue;
            }
            if (trimmed.StartsWith('-')) { patterns++; continue; }
            verbLines++;
            int hash = trimmed.IndexOf('#', StringComparison.Ordinal);
            string gloss = hash >= 0 ? trimmed[(hash + 1)..].Trim() : "";
            string body = (hash >= 0 ? trimmed[..hash] : trimmed).Trim();
            int bracket = body.IndexOf('[', StringComparison.Ordinal);
            string? code = bracket >= 0 ? CodeIn(body[bracket..], verbsPath, n) : null;
            string lemma = (bracket >= 0 ? body[..bracket] : body).Trim();
            code ??= blockCode;
            if (code is null) { noCode++; continue; }
            var type = Plover(code, map);
            if (type is null) { unmapped++; continue; }
            if (type.Length == 0) { statements++; continue; }
            var form = string.Join(' ', lemma.Replace('+', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (form.Length == 0) continue;
            if (!seen.Add(form)) { duplicates++; continue; }
            rows.Add($"{form}\tverb\t{type}\t\t\t\tCAMEO {code} {gloss.Replace('\t', ' ')} ({Path.GetFileName(verbsPath)}:{n})".TrimEnd());
        }
        var sb = new StringBuilder();
        sb.Append("# format: ").Append(TriggerLexicon.Format).Append('\n');
        sb.Append("# Imported by `marsad kb import-petrarch-verbs` from UniversalPetrarch's Arabic verb dictionary\n");
        sb.Append("# (openeventdata/UniversalPetrarch, branch arabic, data/dictionaries/arabic/CAMEO.ar.0.5.txt, MIT licence,\n");
        sb.Append("# Copyright (c) 2016 Open Event Data Alliance), CAMEO codes mapped to PLOVER with cameo2plover.tsv.\n");
        sb.Append("# Verb lines only; see PetrarchVerbImporter for the deviations. Do not edit: curate in triggers.curated.tsv.\n");
        sb.Append("# columns: form\tkind\ttype\tmode\tstatus\tflags\tnote\n");
        foreach (var r in rows) sb.Append(r).Append('\n');
        var dir = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(outputPath, sb.ToString(), new UTF8Encoding(false));
        return new PetrarchImportSummary(verbLines, rows.Count, noCode, statements, unmapped, duplicates, patterns);
    }

    /// <summary>The code in "[CODE]" (null for "[---]"); refuses anything but digits.</summary>
    private static string? CodeIn(string text, string path, int line)
    {
        int open = text.IndexOf('[', StringComparison.Ordinal), close = text.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open) throw new ResourceFormatException(path, line, "expected a [CODE] in the block header");
        var code = text[(open + 1)..close].Trim();
        if (code == "---" || code.Length == 0) return null;
        if (!code.All(char.IsAsciiDigit)) throw new ResourceFormatException(path, line, $"'{code}' is not a CAMEO event code");
        return code;
    }
}
