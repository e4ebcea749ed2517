using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Marsad.Extract.Records;

/// <summary>Reads and writes document records as JSON Lines (record.md), Arabic unescaped.</summary>
public static class RecordJson
{
    /// <summary>Keeps Arabic readable in the output instead of \u escapes; HTML-sensitive characters stay escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = Encoder,
        WriteIndented = false,
    };

    /// <summary>Writes one record and a line feed.</summary>
    public static void WriteLine(Stream stream, DocumentRecord record)
    {
        JsonSerializer.Serialize(stream, record, Options);
        stream.WriteByte((byte)'\n');
    }

    public static string Serialize(DocumentRecord record) => JsonSerializer.Serialize(record, Options);

    /// <summary>Parses one record; refuses a format tag this version does not know.</summary>
    public static DocumentRecord Parse(string json, string origin)
    {
        DocumentRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<DocumentRecord>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: not a document record: {e.Message}", e);
        }
        if (record is null) throw new InvalidDataException($"{origin}: empty record");
        if (record.Format is not null && record.Format != DocumentRecord.CurrentFormat)
            throw new InvalidDataException($"{origin}: record format '{record.Format}' is not '{DocumentRecord.CurrentFormat}', which this version reads");
        return record;
    }
}
