using System.Text.Json;
using Marsad.Extract.Events;
using Marsad.Extract.Records;
using Marsad.Text;

namespace Marsad.Extract.Tests;

/// <summary>
/// The word-form table is one per thread and is cleared and reused for the thread's next document
/// (<see cref="WordFormTable"/>): nothing of one document may leak into the next.
/// </summary>
public sealed class EventFormTableReuseTests
{
    [Fact]
    public void Documents_in_sequence_give_the_events_each_gives_on_a_fresh_thread()
    {
        var extractor = new EventExtractor(EventGold.Resources);
        // Fresh: each sample alone on a new thread, whose table has seen no other document.
        var fresh = EventGold.Records.Select(r => OnNewThread(() => Json(extractor.Extract(EventGold.ContextWithGold(r))))).ToArray();
        Assert.Contains(fresh, j => j != "[]");
        // In sequence on one thread, twice round so that every sample follows another (longer and shorter).
        var sequence = OnNewThread(() =>
        {
            var result = new List<string>();
            for (int round = 0; round < 2; round++)
                foreach (var r in EventGold.Records) result.Add(Json(extractor.Extract(EventGold.ContextWithGold(r))));
            return result;
        });
        Assert.Equal(fresh.Concat(fresh), sequence);
    }

    [Fact]
    public void Reused_table_gives_every_token_the_forms_of_a_fresh_analysis()
    {
        var texts = EventGold.Records.Select(r => TextAnalyzer.Analyse(r.Text)).ToArray();
        OnNewThread(() =>
        {
            // Longest first, then shorter: the next document's tokens land on slots the previous one filled.
            foreach (var text in texts.OrderByDescending(t => t.Tokens.Length))
            {
                var table = WordFormTable.Of(text);
                for (int t = 0; t < text.Tokens.Length; t++)
                {
                    if (text.Tokens[t].Kind != TokenKind.Word) continue;
                    foreach (var kind in new[] { WordKind.Word, WordKind.Noun, WordKind.Verb })
                    {
                        var expected = ArabicWordForms.Candidates(text.Normalized(t), kind);
                        var actual = table.At(t, kind).ToArray().Select(f => f.ToWordForm(table)).ToList();
                        Assert.Equal(expected, actual);
                    }
                }
            }
            return 0;
        });
    }

    private static string Json(IReadOnlyList<EventRecord> events) => JsonSerializer.Serialize(events, RecordJson.Options);

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception e) { error = e; }
        });
        thread.Start();
        thread.Join();
        if (error is not null) throw new InvalidOperationException("the work failed on its thread", error);
        return result;
    }
}
