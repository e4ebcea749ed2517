using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Extract.Records;
using Marsad.Store.Search;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

/// <summary>
/// Snippets taken from the offsets in the postings (<see cref="PostingsSnippets"/>) against Lucene's
/// re-analysing highlighter, the reference: same hits, same snippets, character for character, for
/// queries made of the articles' own words.
/// </summary>
public class SnippetTests
{
    private const string DamascusText = "انفجار سيارة مفخخة بدمشق\n\nقتل ثلاثة أشخاص وأصيب آخرون في انفجار سيارة مفخخة بحي المزة بدمشق مساء الاثنين، "
        + "بحسب ما نقلت وكالة الأنباء الرسمية عن مصدر في قيادة شرطة دمشق.";

    private static async Task<string> IndexOf(IEnumerable<DocumentRecord> records)
    {
        var dir = Fixtures.TempDir();
        await using var store = await Fixtures.StoreWith(dir, records.ToArray());
        var index = SearchIndex.PathFor(Path.Combine(dir, "marsad.db"));
        await SearchIndex.UpdateAsync(store, index);
        return index;
    }

    private static DocumentRecord Article(string id, string text) => new() { Id = id, Text = text };

    [Fact]
    public async Task A_clitic_attached_word_is_marked_whole_for_the_bare_query()
    {
        using var searcher = new ArticleSearcher(await IndexOf([Article("damascus", DamascusText), Fixtures.Protest()]));
        var hit = searcher.Search(new SearchRequest("دمشق", RecordFilter.None)).Hits.Single();
        Assert.StartsWith("انفجار سيارة مفخخة <b>بدمشق</b> قتل", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(hit.Snippet, "<b>[^<]*دمشق</b>").Count);
        Assert.Contains("بحي المزة <b>بدمشق</b> مساء", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postings_snippets_equal_the_reanalysing_highlighter_on_the_sample_articles()
    {
        var texts = Directory.GetFiles(SharedData.Samples("articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        // Long articles too: several fragments to choose from, and a window cut mid-text.
        texts.Add(string.Join("\n\n", texts));
        texts.Add(string.Join(" ", texts.Take(3).Reverse()));
        texts.Add(DamascusText);
        var index = await IndexOf(texts.Select((t, i) => Article("sample-" + i, t)));
        AssertSameSnippets(index, Queries(texts, every: 1), limit: 20);
    }

    [SkippableFact]
    public async Task Postings_snippets_equal_the_reanalysing_highlighter_on_corpus_articles()
    {
        var corpus = SharedData.Path("corpus", "saudinewsnet-2015.jsonl.gz");
        Skip.If(corpus is null || !File.Exists(corpus), SharedData.MissingReason);
        var texts = new List<string>();
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
            for (string? line; texts.Count < 400 && (line = reader.ReadLine()) is not null;)
                if (JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } s) texts.Add(s);
        var index = await IndexOf(texts.Select((t, i) => Article("snn-" + i, t)));
        AssertSameSnippets(index, Queries(texts, every: 97), limit: 30);
    }

    /// <summary>Words of the texts (every n-th distinct one), each alone and with the word after it.</summary>
    private static List<string> Queries(IEnumerable<string> texts, int every)
    {
        var words = texts.SelectMany(t => Regex.Matches(t, @"\p{L}{3,}").Select(m => m.Value)).ToList();
        var queries = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
            if (seen.Add(words[i]) && seen.Count % every == 0)
            {
                queries.Add(words[i]);
                if (i + 1 < words.Count) queries.Add(words[i] + " " + words[i + 1]);
            }
        return queries;
    }

    private static void AssertSameSnippets(string index, List<string> queries, int limit)
    {
        using var fast = new ArticleSearcher(index);
        using var reference = new ArticleSearcher(index) { ReanalyseSnippets = true };
        int marked = 0;
        foreach (var q in queries)
        {
            var expected = reference.Search(new SearchRequest(q, RecordFilter.None, limit));
            var actual = fast.Search(new SearchRequest(q, RecordFilter.None, limit));
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Title, h.Snippet)), actual.Hits.Select(h => (h.Id, h.Title, h.Snippet)));
            marked += actual.Hits.Count(h => h.Snippet.Contains("<b>", StringComparison.Ordinal));
        }
        Assert.True(marked > queries.Count / 2, $"only {marked} marked snippets over {queries.Count} queries: the comparison would prove little");
    }
}
