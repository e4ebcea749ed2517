using System.Text.Json;
using AngleSharp.Dom;

namespace Marsad.Ingest.Html;

/// <summary>What a page says about itself in its head and structured data.</summary>
public sealed record PageMetadata(string? OgTitle, string? DocumentTitle, DateOnly? Published, string? Outlet, string? Author, string? Url)
{
    /// <summary>The longest schema.org <c>articleBody</c> of the page's JSON-LD articles, as written (plain text or HTML).</summary>
    public string? ArticleBody { get; init; }

    /// <summary>
    /// Reads og:/twitter:/article: meta tags, schema.org JSON-LD (NewsArticle and kin, also inside @graph)
    /// and the first &lt;time datetime&gt;. Earlier sources win: meta article:published_time, then JSON-LD
    /// datePublished, then &lt;time&gt;; og:site_name, then JSON-LD publisher.
    /// </summary>
    public static PageMetadata Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? ogTitle = null, outlet = null, author = null, url = null, published = null;
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content)) continue;
            content = content.Trim();
            switch (key.Trim().ToLowerInvariant())
            {
                case "og:title": case "twitter:title": ogTitle ??= content; break;
                case "og:site_name": case "application-name": outlet ??= content; break;
                case "og:url": url ??= content; break;
                case "author": case "article:author": case "byl": case "sailthru.author": case "parsely-author": case "dc.creator":
                    if (!content.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author ??= content;
                    break;
                case "article:published_time": case "og:published_time": case "datepublished": case "pubdate": case "publishdate":
                case "publish-date": case "date": case "dc.date.issued": case "dc.date": case "dcterms.created": case "sailthru.date":
                case "parsely-pub-date": case "article.published": case "published_time":
                    published ??= content;
                    break;
            }
        }
        var fromJson = new JsonLdFacts();
        foreach (var script in document.GetElementsByTagName("script"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            fromJson.Add(script.TextContent);
        }
        DateOnly? date = DateValues.Parse(published) ?? DateValues.Parse(fromJson.DatePublished);
        if (date is null)
        {
            foreach (var time in document.GetElementsByTagName("time"))
            {
                date = DateValues.Parse(time.GetAttribute("datetime"));
                if (date is not null) break;
            }
        }
        var title = document.Title;
        return new PageMetadata(
            Clean(ogTitle ?? fromJson.Headline),
            Clean(title),
            date,
            Clean(outlet ?? fromJson.Publisher),
            Clean(author ?? fromJson.Author),
            Clean(url))
        { ArticleBody = string.IsNullOrWhiteSpace(fromJson.ArticleBody) ? null : fromJson.ArticleBody };
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first article facts found in a page's JSON-LD blocks.</summary>
    private sealed class JsonLdFacts
    {
        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        public string? DatePublished, Headline, Publisher, Author, ArticleBody;

        public void Add(string json)
        {
            if (string.IsNullOrWhiteSpace(json)) return;
            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                Visit(doc.RootElement, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common in the wild (CMS templates emit stray commas and quotes);
                // the page is still read from its meta tags and markup.
            }
        }

        private void Visit(JsonElement e, int depth)
        {
            if (depth > 8) return;
            switch (e.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray()) Visit(item, depth + 1);
                    break;
                case JsonValueKind.Object:
                    if (e.TryGetProperty("@graph", out var graph)) Visit(graph, depth + 1);
                    if (IsArticle(e))
                    {
                        DatePublished ??= Text(e, "datePublished") ?? Text(e, "dateCreated");
                        Headline ??= Text(e, "headline");
                        Author ??= Name(e, "author");
                        Publisher ??= Name(e, "publisher");
                        // Pages with several articles (a main story and its teasers) carry the story's whole body in the longest.
                        if (Text(e, "articleBody") is { } body && body.Length > (ArticleBody?.Length ?? 0)) ArticleBody = body;
                    }
                    break;
            }
        }

        private static bool IsArticle(JsonElement e)
        {
            if (!e.TryGetProperty("@type", out var type)) return false;
            if (type.ValueKind == JsonValueKind.String) return IsArticleType(type.GetString());
            if (type.ValueKind == JsonValueKind.Array)
                foreach (var t in type.EnumerateArray())
                    if (t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())) return true;
            return false;
        }

        private static bool IsArticleType(string? t) =>
            t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting" or "OpinionNewsArticle");

        private static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string? Name(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Object: return Text(v, "name");
                case JsonValueKind.Array:
                    var names = new List<string>();
                    foreach (var item in v.EnumerateArray())
                    {
                        var n = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Text(item, "name") : null;
                        if (!string.IsNullOrWhiteSpace(n)) names.Add(n);
                    }
                    return names.Count == 0 ? null : string.Join(", ", names);
                default: return null;
            }
        }
    }
}
