using Marsad.Extract.Events;
using Marsad.Extract.Pipeline;
using Marsad.Extract.Records;
using Marsad.Ingest;
using Marsad.Text;

namespace Marsad.Extract.Tests;

/// <summary>
/// Builds a small article for an event rule test: the text, the entity mentions (found by their
/// surface, in order) and times the earlier stages would have produced, then runs the event stage.
/// </summary>
internal sealed class EventTestDocument
{
    private readonly string _text;
    private readonly List<EntityRecord> _entities = [];
    private readonly List<TimeRecord> _times = [];
    private TextSpan? _title;
    private int _searchFrom;

    public EventTestDocument(string text) => _text = text;

    /// <summary>The next occurrence of <paramref name="surface"/> (after the previous one added) as an entity.</summary>
    public EventTestDocument Entity(string surface, string type, string id)
    {
        int at = _text.IndexOf(surface, _searchFrom, StringComparison.Ordinal);
        if (at < 0) at = _text.IndexOf(surface, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{surface}' is not in the test text");
        _entities.Add(new EntityRecord { Start = at, End = at + surface.Length, Text = surface, Type = type, Id = id, NameEn = id });
        _searchFrom = at + surface.Length;
        return this;
    }

    public EventTestDocument Time(string surface, string? value)
    {
        int at = _text.IndexOf(surface, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{surface}' is not in the test text");
        _times.Add(new TimeRecord { Start = at, End = at + surface.Length, Text = surface, Value = value });
        return this;
    }

    /// <summary>Marks the first line as the headline.</summary>
    public EventTestDocument WithTitleLine()
    {
        int end = _text.IndexOf('\n', StringComparison.Ordinal);
        _title = new TextSpan(0, end < 0 ? _text.Length : end);
        return this;
    }

    public DocumentContext Context()
    {
        var whole = ArticleLayout.WholeText(_text);
        var body = _title is TextSpan t ? whole.Body.Where(b => !b.Overlaps(t)).ToArray() : whole.Body.ToArray();
        var layout = new ArticleLayout(_title, body, null);
        var article = new Article("test", _text, "test") { Layout = layout };
        return new DocumentContext(article, layout, TextAnalyzer.Analyse(_text))
        {
            Entities = _entities.OrderBy(e => e.Start).ToArray(),
            Times = _times.OrderBy(e => e.Start).ToArray(),
        };
    }

    public IReadOnlyList<EventRecord> Events() => new EventExtractor(EventGold.Resources).Extract(Context());

    public string Text => _text;

    public string Of(SpanRecord span) => _text[span.Start..span.End];
}
