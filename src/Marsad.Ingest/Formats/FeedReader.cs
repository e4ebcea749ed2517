using System.Text;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Marsad.Ingest.Html;
using Marsad.Ingest.Sources;
using Marsad.Text;

namespace Marsad.Ingest.Formats;

/// <summary>
/// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: every item or entry one article, with its title, link,
/// date and author; its HTML content (content:encoded, description, Atom content or summary) is
/// rendered as text. The article text is the headline line, then the content; the layout marks both.
/// Streaming: one item is in memory at a time. A feed that stops being well-formed XML yields the items
/// before the fault and one failure naming the item and the parser's reason.
/// </summary>
public abstract class FeedReader(HtmlHeuristics? heuristics = null) : IFormatReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, // no DTD, no external entities: feeds are untrusted input
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false, // stray control characters are dropped by the renderer, not fatal
        MaxCharactersFromEntities = 1024,
    };

    private readonly HtmlParser _parser = new();
    private readonly HtmlTextRenderer _renderer = new(heuristics ?? HtmlHeuristics.Shipped);

    public abstract string Name { get; }

    /// <summary>Many articles per input: the size cap applies per item.</summary>
    public bool ReadsRecordStream => true;

    public abstract bool CanRead(string path, ReadOnlySpan<byte> head);

    public IEnumerable<ReadResult> Read(Stream content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        using var xml = XmlReader.Create(content, Settings);
        string? outlet = null;
        int number = 0;
        while (true)
        {
            XElement? item = null;
            string? error = null;
            try
            {
                item = NextItem(xml, ref outlet);
            }
            catch (XmlException e)
            {
                error = $"feed is not well-formed XML after item {number}: {e.Message}";
            }
            if (error is not null)
            {
                yield return new ReadResult.Failed($"{origin}#{number + 1}", error);
                yield break;
            }
            if (item is null) yield break;
            number++;
            yield return ToArticle(item, outlet, origin, number);
        }
    }

    /// <summary>Advances to the next item/entry and reads it whole; picks up the channel/feed title on the way.</summary>
    private static XElement? NextItem(XmlReader xml, ref string? outlet)
    {
        while (true)
        {
            if (xml.NodeType != XmlNodeType.Element && !xml.Read()) return null;
            if (xml.NodeType != XmlNodeType.Element) continue;
            var name = xml.LocalName;
            if (name is "item" or "entry") return (XElement)XNode.ReadFrom(xml);
            // The channel's (RSS) or feed's (Atom) own title sits at depth 1 or 2, before the items.
            if (name == "title" && outlet is null && xml.Depth <= 2)
            {
                outlet = xml.ReadElementContentAsString().Trim();
                if (outlet.Length == 0) outlet = null;
                continue;
            }
            if (!xml.Read()) return null;
        }
    }

    private ReadResult ToArticle(XElement item, string? outlet, string origin, int number)
    {
        var itemOrigin = $"{origin}#{number}";
        var title = Clean(Child(item, "title")?.Value);
        var link = LinkOf(item);
        var date = DateValues.Parse(Child(item, "pubDate")?.Value)
            ?? DateValues.Parse(Child(item, "published")?.Value)
            ?? DateValues.Parse(Child(item, "date")?.Value) // dc:date
            ?? DateValues.Parse(Child(item, "updated")?.Value);
        var author = Clean(Child(Child(item, "author"), "name")?.Value ?? Child(item, "creator")?.Value ?? Child(item, "author")?.Value);
        var id = Clean(Child(item, "guid")?.Value ?? Child(item, "id")?.Value) ?? link ?? $"{HtmlReader.IdOf(origin)}#{number}";

        var (contentText, bodyBlocks) = RenderContent(item);
        var text = new StringBuilder();
        TextSpan? titleSpan = null;
        if (title is not null)
        {
            text.Append(title);
            titleSpan = new TextSpan(0, title.Length);
        }
        int offset = 0;
        if (contentText.Length > 0)
        {
            if (text.Length > 0) text.Append('\n');
            offset = text.Length;
            text.Append(contentText);
        }
        if (text.Length == 0) return new ReadResult.Failed(itemOrigin, "feed item has neither a title nor any content");
        var body = new List<TextSpan>(bodyBlocks.Count);
        foreach (var b in bodyBlocks) body.Add(new TextSpan(b.Start + offset, b.End + offset));
        return new ReadResult.Read(new Article(id, text.ToString(), itemOrigin)
        {
            Title = title,
            Published = date,
            Url = link,
            Outlet = outlet,
            Author = author,
            Layout = new ArticleLayout(titleSpan, body, outlet),
        });
    }

    /// <summary>The item's HTML content rendered as text, and every line of it as body.</summary>
    private (string Text, List<TextSpan> Blocks) RenderContent(XElement item)
    {
        // The first of these with any text: media:content elements share the local name "content" but are empty.
        var content = WithText(item, "encoded") ?? WithText(item, "content") ?? WithText(item, "description") ?? WithText(item, "summary");
        if (content is null) return ("", []);
        string html;
        var type = (string?)content.Attribute("type");
        if (type == "xhtml")
        {
            // Atom xhtml content is markup inside the element (normally one xhtml:div).
            var inner = new StringBuilder();
            foreach (var node in content.Nodes()) inner.Append(node.ToString(SaveOptions.DisableFormatting));
            html = inner.ToString();
        }
        else if (type == "text")
        {
            html = "<pre>" + System.Net.WebUtility.HtmlEncode(content.Value) + "</pre>";
        }
        else
        {
            html = content.Value; // RSS and Atom type="html": entity-decoded HTML
        }
        using var doc = _parser.ParseDocument("<body>" + html + "</body>");
        var page = _renderer.Render(doc.Body ?? (AngleSharp.Dom.INode)doc.DocumentElement);
        var blocks = new List<TextSpan>(page.Blocks.Length);
        foreach (var b in page.Blocks) blocks.Add(new TextSpan(b.Start, b.End));
        return (page.Text, blocks);
    }

    private static string? LinkOf(XElement item)
    {
        foreach (var link in item.Elements())
        {
            if (link.Name.LocalName != "link") continue;
            var href = (string?)link.Attribute("href");
            if (href is null) return Clean(link.Value); // RSS: <link>url</link>
            var rel = (string?)link.Attribute("rel");
            if (rel is null or "alternate") return Clean(href);
        }
        return null;
    }

    private static XElement? WithText(XElement item, string localName)
    {
        foreach (var e in item.Elements())
            if (e.Name.LocalName == localName && (e.HasElements || !string.IsNullOrWhiteSpace(e.Value))) return e;
        return null;
    }

    private static XElement? Child(XElement? parent, string localName)
    {
        if (parent is null) return null;
        foreach (var e in parent.Elements())
            if (e.Name.LocalName == localName) return e;
        return null;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>RSS 2.0 and RSS 1.0 (RDF) feeds: recognised by an &lt;rss&gt; or &lt;rdf:RDF&gt; root.</summary>
public sealed class RssReader(HtmlHeuristics? heuristics = null) : FeedReader(heuristics)
{
    public override string Name => "rss";

    public override bool CanRead(string path, ReadOnlySpan<byte> head) => MarkupSniffer.FirstElement(head) is "rss" or "rdf";
}

/// <summary>Atom feeds: recognised by a &lt;feed&gt; root.</summary>
public sealed class AtomReader(HtmlHeuristics? heuristics = null) : FeedReader(heuristics)
{
    public override string Name => "atom";

    public override bool CanRead(string path, ReadOnlySpan<byte> head) => MarkupSniffer.FirstElement(head) == "feed";
}
