using FsCheck;
using FsCheck.Fluent;
using Marsad.Extract.Records;

namespace Marsad.Extract.Tests;

/// <summary>Properties of the event stage over random Arabic-like text with random entity mentions.</summary>
public sealed class EventPropertyTests
{
    private static readonly string[] Words =
    [
        "قصف", "الجيش", "وشن", "هجوماً", "على", "مواقع", "التنظيم", "في", "ريف", "حلب", "بحسب", "مصادر", "محلية",
        "وينوي", "الروس", "المعركة", "المرتقبة", "مقتل", "12", "ثلاثين", "شخصاً", "واتفقت", "الحكومة", "مع", "الفصائل",
        "لا", "خروج", "الأخير", "هدد", "بعمل", "عسكري", "،", ".", "\n", "“", "”", "(", ")", "نفاه", "أنباء", "عن", "انسحاب",
        "قُتل", "من", "قبل", "بين", "و", "طالب", "اجتماعهم", "لبحث", "تعرضت", "لقصف", "😀", "ـ", "لـ",
    ];

    private static Gen<(string Text, (int Start, int Len, string Type)[] Entities)> Documents() =>
        from words in Gen.ArrayOf(Gen.Elements(Words))
        from picks in Gen.ArrayOf(Gen.Choose(0, 1000))
        select Build(words, picks);

    private static (string, (int, int, string)[]) Build(string[] words, int[] picks)
    {
        var text = string.Join(' ', words);
        var entities = new List<(int, int, string)>();
        int pos = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (i < picks.Length && picks[i] % 4 == 0 && words[i].Length > 1 && char.IsLetter(words[i][0]))
                entities.Add((pos, words[i].Length, picks[i] % 8 == 0 ? "LOC" : "ORG"));
            pos += words[i].Length + 1;
        }
        return (text, entities.ToArray());
    }

    [Fact]
    public void Trigger_lies_inside_evidence_and_every_span_is_valid()
    {
        int documents = 0, withEvents = 0;
        Prop.ForAll(Documents().ToArbitrary(), doc =>
        {
            var (text, entities) = doc;
            documents++;
            var builder = new EventTestDocument(text);
            var context = builder.Context();
            context.Entities = entities.Select(e => new EntityRecord { Start = e.Start, End = e.Start + e.Len, Type = e.Type, Id = e.Type == "LOC" ? "place:x" + e.Start : "actor:x" + e.Start }).ToArray();
            var events = new Marsad.Extract.Events.EventExtractor(EventGold.Resources).Extract(context);
            if (events.Count > 0) withEvents++;
            bool Valid(int? s, int? e) => s is null && e is null || s is int a && e is int b && 0 <= a && a < b && b <= text.Length;
            foreach (var ev in events)
            {
                if (!Valid(ev.Evidence.Start, ev.Evidence.End) || !Valid(ev.Trigger.Start, ev.Trigger.End)) return false;
                if (ev.Trigger.Start < ev.Evidence.Start || ev.Trigger.End > ev.Evidence.End) return false;
                if (ev.Actor1 is { } a1 && !Valid(a1.Start, a1.End)) return false;
                if (ev.Actor2 is { } a2 && !Valid(a2.Start, a2.End)) return false;
                if (ev.Location is { } l && !Valid(l.Start, l.End)) return false;
                if (!Marsad.Extract.Events.TriggerLexicon.PloverTypes.Contains(ev.Type)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
        // The checks above hold vacuously for a document without events: make sure the generated
        // documents exercise them. About 60 in 100 produce events (51–65 in five runs; the first, shortest
        // documents rarely do); a third is far enough below that only a stage that stopped finding
        // events — and so stopped being tested here — fails it.
        Assert.True(withEvents * 3 >= documents, $"only {withEvents} of {documents} generated documents produced an event");
    }
}
