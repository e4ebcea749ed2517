using System.Globalization;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Pipeline;

/// <summary>
/// Turns a finished <see cref="DocumentContext"/> into the document record, converting every UTF-16
/// span to code points (record.md counts code points; they differ only where the text has
/// characters outside the Basic Multilingual Plane, such as emoji).
/// </summary>
public static class RecordBuilder
{
    public static DocumentRecord Build(DocumentContext doc)
    {
        var map = new CodePointMap(doc.Text);
        string text = doc.Text;
        SpanRecord Span(TextSpan s, bool withText) =>
            new(map.ToCodePoint(s.Start), map.ToCodePoint(s.End)) { Text = withText ? s.Of(text) : null };
        int? Cp(int? i) => i is int v ? map.ToCodePoint(v) : null;

        return new DocumentRecord
        {
            Id = doc.Article.Id,
            Text = text,
            Title = doc.Layout.Title is TextSpan t ? Span(t, true) : null,
            Body = doc.Layout.Body.Select(b => Span(b, false)).ToArray(),
            Outlet = doc.Layout.Outlet ?? doc.Article.Outlet,
            Url = doc.Article.Url,
            Published = doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishedInferred = doc.PublishedInferred,
            Entities = map.IsIdentity ? doc.Entities : doc.Entities.Select(e => e with { Start = Cp(e.Start)!.Value, End = Cp(e.End)!.Value }).ToArray(),
            Times = map.IsIdentity ? doc.Times : doc.Times.Select(e => e with { Start = Cp(e.Start)!.Value, End = Cp(e.End)!.Value }).ToArray(),
            Events = map.IsIdentity ? doc.Events : doc.Events.Select(e => e with
            {
                Actor1 = e.Actor1 is null ? null : e.Actor1 with { Start = Cp(e.Actor1.Start), End = Cp(e.Actor1.End) },
                Actor2 = e.Actor2 is null ? null : e.Actor2 with { Start = Cp(e.Actor2.Start), End = Cp(e.Actor2.End) },
                Location = e.Location is null ? null : e.Location with { Start = Cp(e.Location.Start), End = Cp(e.Location.End) },
                Evidence = new SpanRecord(map.ToCodePoint(e.Evidence.Start), map.ToCodePoint(e.Evidence.End)),
                Trigger = new SpanRecord(map.ToCodePoint(e.Trigger.Start), map.ToCodePoint(e.Trigger.End)),
            }).ToArray(),
        };
    }
}
