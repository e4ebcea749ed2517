using Marsad.Text.Resources;

namespace Marsad.Store.Exports;

/// <summary>One ACLED coding of a PLOVER type and mode.</summary>
public sealed record AcledType(string EventType, string SubEventType, bool Include);

/// <summary>The PLOVER → ACLED table of <c>resources/exports/plover2acled.tsv</c>: (type, mode) first, then (type, "*").</summary>
public sealed class PloverAcledMapping
{
    public const string ResourcePath = "exports/plover2acled.tsv";
    public const string Format = "marsad.plover2acled/1";

    private readonly Dictionary<(string Type, string Mode), AcledType> _rows = [];

    public static PloverAcledMapping Load(ResourceSet resources)
    {
        var m = new PloverAcledMapping();
        foreach (var file in resources.Files(ResourcePath))
        {
            foreach (var line in TsvResource.Read(file, Format, 5))
            {
                if (line[4] is not ("yes" or "no")) throw line.Error($"include must be 'yes' or 'no', not '{line[4]}'");
                m._rows[(line[0].ToUpperInvariant(), line[1].ToLowerInvariant())] = new AcledType(line[2], line[3], line[4] == "yes");
            }
        }
        if (m._rows.Count == 0) throw new StoreException($"no PLOVER→ACLED mapping found ({ResourcePath}); check the resources folder");
        return m;
    }

    /// <summary>The ACLED coding of an event, or null when the table has no row for its type.</summary>
    public AcledType? Map(string type, string? mode)
    {
        var t = type.ToUpperInvariant();
        if (mode is not null && _rows.TryGetValue((t, mode.ToLowerInvariant()), out var exact)) return exact;
        return _rows.GetValueOrDefault((t, "*"));
    }
}
