namespace Marsad.Ingest.Sources;

/// <summary>
/// The one list of format readers. <see cref="ArticleSources"/> asks each, in order, whether it
/// recognises an input's first bytes; plain text is the fallback that takes whatever no other
/// reader claims. A new format is one <see cref="Add"/> line in <see cref="CreateDefault"/>.
/// </summary>
public sealed class FormatRegistry
{
    private readonly List<IFormatReader> _readers = [];

    public FormatRegistry(IFormatReader fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        Fallback = fallback;
    }

    /// <summary>The reader used when no other one recognises the content (plain text).</summary>
    public IFormatReader Fallback { get; }

    /// <summary>The content-sniffing readers, in the order they are asked.</summary>
    public IReadOnlyList<IFormatReader> Readers => _readers;

    /// <summary>Adds a reader; earlier readers are asked first.</summary>
    public FormatRegistry Add(IFormatReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Add(reader);
        return this;
    }

    /// <summary>The reader for an input, given its path (or "-") and its first bytes.</summary>
    public IFormatReader Choose(string path, ReadOnlySpan<byte> head)
    {
        foreach (var r in _readers)
            if (r.CanRead(path, head)) return r;
        return Fallback;
    }

    /// <summary>Every reader Marsad ships, configured with <paramref name="options"/>.</summary>
    public static FormatRegistry CreateDefault(SourceOptions? options = null)
    {
        options ??= SourceOptions.Default;
        var registry = new FormatRegistry(new PlainTextReader());
        registry.Add(new JsonLinesReader(options));
        // WARC archives, RSS/Atom feeds and HTML pages (Marsad.Ingest.Formats); feeds before pages, since both are markup.
        var html = new Html.HtmlReadOptions { MaxPageBytes = options.MaxBytes, TimeBudget = options.TimeBudget };
        registry.Add(new Formats.WarcReader(html)).Add(new Formats.RssReader()).Add(new Formats.AtomReader()).Add(new Formats.HtmlReader(html));
        return registry;
    }
}
