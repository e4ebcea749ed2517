using Marsad.Ingest.Html;
using Marsad.Ingest.Sources;

namespace Marsad.Ingest.Formats;

/// <summary>
/// An HTML page (.html, .htm, a saved page) as one article: the page rendered as text, with the
/// headline, the article's paragraphs and the outlet marked in <see cref="Article.Layout"/>
/// (<see cref="HtmlArticleExtractor"/>). Recognised by its first element or doctype.
/// </summary>
public sealed class HtmlReader(HtmlReadOptions? options = null, HtmlHeuristics? heuristics = null) : IFormatReader
{
    private static readonly HashSet<string> PageElements = new(StringComparer.Ordinal) { "html", "head", "body", "meta", "title", "div", "p", "article", "section", "main", "header", "table", "link", "script", "style", "base" };
    private readonly HtmlReadOptions _options = options ?? HtmlReadOptions.Default;
    private readonly HtmlHeuristics? _heuristics = heuristics;
    private HtmlArticleExtractor? _extractor;

    public string Name => "html";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        var first = MarkupSniffer.FirstElement(head);
        if (first is not null) return PageElements.Contains(first) || MarkupSniffer.HasHtmlDoctype(head);
        // Content that does not start with markup is HTML only when the name says so and a tag is near.
        return MarkupSniffer.HasExtension(path, ".html", ".htm", ".xhtml", ".shtml")
            && MarkupSniffer.AsText(head).Contains('<');
    }

    public IEnumerable<ReadResult> Read(Stream content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        yield return ReadOne(content, origin);
    }

    private ReadResult ReadOne(Stream content, string origin)
    {
        var bytes = ReadAll(content, _options.MaxPageBytes);
        if (bytes is null) return new ReadResult.Failed(origin, $"page larger than {_options.MaxPageBytes / 1048576.0:0.#} MB (HtmlReadOptions.MaxPageBytes)");
        _extractor ??= new HtmlArticleExtractor(_heuristics, _options);
        return HtmlRecord.Extract(_extractor, bytes, IdOf(origin), origin, httpCharset: null, url: null, capturedOn: null);
    }

    /// <summary>The whole stream, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    internal static byte[]? ReadAll(Stream content, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    internal static string IdOf(string origin)
    {
        var name = Path.GetFileName(origin);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name) is { Length: > 0 } stem ? stem : origin;
    }
}

/// <summary>Runs the extractor on one page and turns what can go wrong with the page into one failure.</summary>
internal static class HtmlRecord
{
    public static ReadResult Extract(HtmlArticleExtractor extractor, ReadOnlySpan<byte> bytes, string id, string origin, string? httpCharset, string? url, DateOnly? capturedOn)
    {
        try
        {
            var article = extractor.Extract(bytes, id, origin, httpCharset, url);
            if (article.Text.Length == 0) return new ReadResult.Failed(origin, "page has no visible text");
            if (article.Published is null && capturedOn is not null) article = article with { Published = capturedOn };
            return new ReadResult.Read(article);
        }
        catch (TimeBudgetExceededException e)
        {
            return new ReadResult.Failed(origin, e.Message);
        }
        catch (InvalidDataException e)
        {
            return new ReadResult.Failed(origin, e.Message);
        }
    }
}
