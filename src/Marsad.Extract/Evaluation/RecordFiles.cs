using Marsad.Extract.Records;

namespace Marsad.Extract.Evaluation;

/// <summary>Reads document records from a .jsonl file, a .json file, or a folder of either.</summary>
public static class RecordFiles
{
    public static IReadOnlyList<DocumentRecord> Load(string path)
    {
        var records = new List<DocumentRecord>();
        if (Directory.Exists(path))
        {
            foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    LoadFile(f, records);
        }
        else if (File.Exists(path))
        {
            LoadFile(path, records);
        }
        else
        {
            throw new FileNotFoundException($"{path}: no such file or folder of records", path);
        }
        return records;
    }

    private static void LoadFile(string file, List<DocumentRecord> into)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            into.Add(RecordJson.Parse(File.ReadAllText(file), file));
            return;
        }
        int n = 0;
        foreach (var line in File.ReadLines(file))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            into.Add(RecordJson.Parse(line, $"{file}:{n}"));
        }
    }
}
