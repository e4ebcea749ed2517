using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Ingest;
using Marsad.Text;

namespace Marsad.Queue;

/// <summary>
/// An article as it travels through the queue: everything a reader produced, so a worker runs the
/// pipeline exactly as a local <c>marsad extract</c> would. Versioned; a worker refuses a version it
/// does not know (the message then goes to the dead letters with that reason).
/// </summary>
public sealed record ArticleMessage
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("v")] public int Version { get; init; } = CurrentVersion;
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("origin")] public required string Origin { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("published")] public DateOnly? Published { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("outlet")] public string? Outlet { get; init; }
    [JsonPropertyName("author")] public string? Author { get; init; }
    /// <summary>Reader-supplied layout as [start, end] pairs (UTF-16), when the reader knew it (HTML).</summary>
    [JsonPropertyName("layout_title")] public int[]? LayoutTitle { get; init; }
    [JsonPropertyName("layout_body")] public int[][]? LayoutBody { get; init; }
    [JsonPropertyName("layout_outlet")] public string? LayoutOutlet { get; init; }

    public static ArticleMessage From(Article a) => new()
    {
        Id = a.Id, Text = a.Text, Origin = a.Origin, Title = a.Title, Published = a.Published, Url = a.Url,
        Outlet = a.Outlet, Author = a.Author,
        LayoutTitle = a.Layout?.Title is TextSpan t ? [t.Start, t.End] : null,
        LayoutBody = a.Layout?.Body.Select(b => new[] { b.Start, b.End }).ToArray(),
        LayoutOutlet = a.Layout?.Outlet,
    };

    public Article ToArticle()
    {
        ArticleLayout? layout = null;
        if (LayoutBody is not null)
        {
            var body = new List<TextSpan>(LayoutBody.Length);
            foreach (var b in LayoutBody)
            {
                if (b.Length != 2 || b[0] < 0 || b[1] > Text.Length || b[0] > b[1])
                    throw new InvalidDataException($"article message {Id}: body span [{string.Join(',', b)}] is outside the text");
                body.Add(new TextSpan(b[0], b[1]));
            }
            TextSpan? title = LayoutTitle is [int s, int e] && s >= 0 && e <= Text.Length && s <= e ? new TextSpan(s, e) : null;
            layout = new ArticleLayout(title, body, LayoutOutlet);
        }
        return new Article(Id, Text, Origin) { Title = Title, Published = Published, Url = Url, Outlet = Outlet, Author = Author, Layout = layout };
    }

    /// <summary>
    /// Arabic letters written as UTF-8, not as \uXXXX escapes (System.Text.Json's default): an escape is
    /// six bytes where UTF-8 takes two, which made every message in the queue about 2.7 times its text.
    /// HTML-sensitive and control characters are still escaped. Readers of version 1 read both forms.
    /// </summary>
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, Wire);

    public static ArticleMessage Deserialize(ReadOnlySpan<byte> data)
    {
        var m = JsonSerializer.Deserialize<ArticleMessage>(data) ?? throw new InvalidDataException("empty article message");
        if (m.Version != CurrentVersion)
            throw new InvalidDataException($"article message version {m.Version} is not {CurrentVersion}, which this worker reads; upgrade the worker");
        return m;
    }
}
