using System.Globalization;
using System.Text;

namespace Marsad.Extract.Knowledge.Import;

/// <summary>Writes a resource TSV: the <c># format:</c> line, header comments, then rows (fields cleaned of tabs and line breaks).</summary>
public sealed class TsvWriter : IDisposable
{
    private readonly StreamWriter _out;

    public TsvWriter(string path, string format, IEnumerable<string> headerComments)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        _out = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        _out.WriteLine($"# format: {format}");
        foreach (var c in headerComments) _out.WriteLine("# " + c);
    }

    public int Rows { get; private set; }

    public void Row(params object?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) _out.Write('\t');
            _out.Write(Clean(fields[i]));
        }
        _out.WriteLine();
        Rows++;
    }

    private static string Clean(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.#####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '),
    };

    public void Dispose() => _out.Dispose();
}
