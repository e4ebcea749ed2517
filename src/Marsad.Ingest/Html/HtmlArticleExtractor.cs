using AngleSharp.Html.Parser;
using Marsad.Text;

namespace Marsad.Ingest.Html;

/// <summary>
/// One HTML page to one <see cref="Article"/>: the page rendered as plain text is the article text;
/// the headline, the article's paragraphs and the outlet are marked in <see cref="Article.Layout"/>;
/// title, date, outlet, author and URL come from the page's metadata. Not thread-safe (one parser per
/// instance); make one per thread.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private readonly HtmlParser _parser = new();
    private readonly HtmlTextRenderer _renderer;
    private readonly MainContentExtractor _content;
    private readonly StructuredBodyFallback _structured;

    public HtmlArticleExtractor(HtmlHeuristics? heuristics = null, HtmlReadOptions? options = null)
    {
        var h = heuristics ?? HtmlHeuristics.Shipped;
        _renderer = new HtmlTextRenderer(h);
        _content = new MainContentExtractor(h);
        _structured = new StructuredBodyFallback(h, _renderer, _parser);
        Options = options ?? HtmlReadOptions.Default;
    }

    public HtmlReadOptions Options { get; }

    /// <summary>Decodes and extracts a page read from bytes (a file, a WARC record).</summary>
    /// <exception cref="TimeBudgetExceededException">The page took longer than <see cref="HtmlReadOptions.TimeBudget"/>.</exception>
    /// <exception cref="InvalidDataException">The page is larger than <see cref="HtmlReadOptions.MaxPageBytes"/>.</exception>
    public Article Extract(ReadOnlySpan<byte> bytes, string id, string origin, string? httpCharset = null, string? url = null)
    {
        if (bytes.Length > Options.MaxPageBytes)
            throw new InvalidDataException($"page is {bytes.Length / 1048576.0:0.0} MB, over the {Options.MaxPageBytes / 1048576.0:0.#} MB limit (HtmlReadOptions.MaxPageBytes)");
        var deadline = DocumentDeadline.Start(Options.TimeBudget, Options.Clock);
        var html = HtmlDecoding.Decode(bytes, httpCharset);
        return Extract(html, id, origin, url, deadline);
    }

    /// <summary>Extracts a page already decoded to text.</summary>
    /// <exception cref="TimeBudgetExceededException">The page took longer than <see cref="HtmlReadOptions.TimeBudget"/>.</exception>
    public Article Extract(string html, string id, string origin, string? url = null) => Extract(html, id, origin, url, DocumentDeadline.Start(Options.TimeBudget, Options.Clock));

    private Article Extract(string html, string id, string origin, string? url, DocumentDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(html);
        deadline.ThrowIfPassed("decoding");
        // AngleSharp's parse cannot be interrupted; the checks before and after it bound the rest.
        using var document = _parser.ParseDocument(html);
        deadline.ThrowIfPassed("parsing");
        var meta = PageMetadata.Read(document);
        var page = _renderer.Render(document.DocumentElement, deadline);
        var main = _content.Extract(page, deadline);
        var (title, titleSpan) = TitleFinder.Find(page, meta, main.Body);
        var body = WithoutTitle(main.Body, titleSpan);
        var text = page.Text;
        if (_structured.TryApply(text, body, meta.ArticleBody) is { } fromData) (text, body) = fromData;
        return new Article(id, text, origin)
        {
            Title = title,
            Published = meta.Published,
            Url = url ?? meta.Url,
            Outlet = meta.Outlet,
            Author = meta.Author,
            Layout = new ArticleLayout(titleSpan, body, meta.Outlet),
        };
    }

    private static IReadOnlyList<TextSpan> WithoutTitle(IReadOnlyList<TextSpan> body, TextSpan? title)
    {
        if (title is not TextSpan t) return body;
        var kept = new List<TextSpan>(body.Count);
        foreach (var s in body)
            if (!s.Overlaps(t)) kept.Add(s);
        return kept;
    }
}
