using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Extract.Records;
using Marsad.Store.Search;

namespace Marsad.Store.Tests;

public class SearchTests
{
    private static async Task<ArticleSearcher> Index(params DocumentRecord[] records)
    {
        var dir = Fixtures.TempDir();
        await using var store = await Fixtures.StoreWith(dir, records);
        var index = SearchIndex.PathFor(Path.Combine(dir, "marsad.db"));
        Assert.Equal(records.Length, await SearchIndex.UpdateAsync(store, index));
        return new ArticleSearcher(index);
    }

    private static string[] Terms(string text)
    {
        using var analyzer = new MarsadArabicAnalyzer();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var list = new List<string>();
        while (stream.IncrementToken()) list.Add(term.ToString());
        stream.End();
        return list.ToArray();
    }

    [Fact] public void Analyzer_peels_the_preposition_from_bidimashq() => Assert.Contains("دمشق", Terms("بدمشق"));
    [Fact] public void Analyzer_keeps_a_name_initial_ba_after_the_conjunction() => Assert.Contains("بغداد", Terms("وبغداد"));
    [Fact] public void Analyzer_folds_hamza_and_strips_the_article() => Assert.Equal(Terms("الإرهاب"), Terms("الارهاب"));
    [Fact] public void Analyzer_does_not_cut_a_short_name_to_a_common_word() => Assert.DoesNotContain(Terms("أبي")[0], Terms("أبها"));
    [Fact] public void Analyzer_still_strips_the_article_from_a_short_word() => Assert.Equal(Terms("حج"), Terms("الحج"));
    [Fact] public void Analyzer_drops_stop_words() => Assert.Empty(Terms("في من على"));
    [Fact] public void Analyzer_drops_diacritics() => Assert.Equal(Terms("دمشق"), Terms("دِمَشْق"));
    [Fact] public void Analyzer_restores_the_article_after_lam_lam() => Assert.Contains(Terms("الجيش")[0], Terms("للجيش"));
    [Fact] public void Analyzer_stems_an_attached_pronoun_like_the_bare_noun() => Assert.Contains(Terms("حكومة")[0], Terms("حكومتها"));
    [Fact] public void Analyzer_stacks_conjunction_preposition_and_article() => Assert.Contains(Terms("الجيش")[0], Terms("وبالجيش"));

    [Fact]
    public async Task Query_with_attached_preposition_finds_the_bare_name_and_the_other_way_round()
    {
        using var searcher = await Index(Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        Assert.Equal("shelling-1", (Source(searcher.Search(new SearchRequest("بدمشق", RecordFilter.None)).Hits.Single())));
        Assert.Equal("shelling-1", (Source(searcher.Search(new SearchRequest("غوطة", RecordFilter.None)).Hits.Single())));
        Assert.Equal("protest-1", (Source(searcher.Search(new SearchRequest("بإدلب", RecordFilter.None)).Hits.Single())));
    }

    private static string Source(SearchHit hit) => hit.Id == ArticleId.FromText(Fixtures.ShellingText) ? "shelling-1"
        : hit.Id == ArticleId.FromText(Fixtures.ProtestText) ? "protest-1" : hit.Id == ArticleId.FromText(Fixtures.MeetingText) ? "meeting-1" : hit.Id;

    [Fact]
    public async Task Snippet_marks_the_matched_word()
    {
        using var searcher = await Index(Fixtures.Shelling());
        var hit = searcher.Search(new SearchRequest("دوما", RecordFilter.None)).Hits.Single();
        Assert.Contains("<b>دوما</b>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_marks_the_whole_word_a_clitic_reading_matched()
    {
        using var searcher = await Index(Fixtures.Shelling());
        var hit = searcher.Search(new SearchRequest("غوطة", RecordFilter.None)).Hits.Single();
        Assert.Contains("<b>بغوطة</b>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_of_an_older_layout_is_rebuilt_on_update()
    {
        var dir = Fixtures.TempDir();
        await using var store = await Fixtures.StoreWith(dir, Fixtures.Shelling(), Fixtures.Protest());
        var index = SearchIndex.PathFor(Path.Combine(dir, "marsad.db"));
        await SearchIndex.UpdateAsync(store, index);
        // What an index written before the layout marker looks like: a commit without it.
        using (var fs = Lucene.Net.Store.FSDirectory.Open(index))
        using (var writer = new Lucene.Net.Index.IndexWriter(fs, new Lucene.Net.Index.IndexWriterConfig(MarsadArabicAnalyzer.Version, new MarsadArabicAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string>());
            writer.Commit();
        }
        Assert.False(SearchIndex.IsCurrentFormat(index));
        Assert.Equal(2, await SearchIndex.UpdateAsync(store, index));
        Assert.True(SearchIndex.IsCurrentFormat(index));
        using var searcher = new ArticleSearcher(index);
        Assert.Contains("<b>دوما</b>", searcher.Search(new SearchRequest("دوما", RecordFilter.None)).Hits.Single().Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_types_places_actors_and_months_over_all_matches()
    {
        using var searcher = await Index(Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        var result = searcher.Search(new SearchRequest("*", RecordFilter.None, Limit: 1));
        Assert.Equal(3, result.Total);
        Assert.Single(result.Hits);
        Assert.Equal([new FacetCount("ASSAULT", 1), new FacetCount("CONSULT", 1), new FacetCount("PROTEST", 1)], result.Facets["type"]);
        Assert.Equal([new FacetCount("2018-04", 1), new FacetCount("2018-05", 1), new FacetCount("2018-06", 1)], result.Facets["month"]);
        Assert.Contains(new FacetCount("place:douma", 1), result.Facets["place"]);
        Assert.Contains(new FacetCount("actor:russia", 1), result.Facets["actor"]);
    }

    [Fact]
    public async Task Filters_restrict_matches_by_type_place_actor_and_date()
    {
        using var searcher = await Index(Fixtures.Shelling(), Fixtures.Protest(), Fixtures.Meeting());
        Assert.Equal(1, searcher.Search(new SearchRequest("*", new RecordFilter { Type = "assault" })).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("*", new RecordFilter { Place = "place:idlib" })).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("*", new RecordFilter { Actor = "actor:jordan" })).Total);
        Assert.Equal(2, searcher.Search(new SearchRequest("*", new RecordFilter { From = "2018-05" })).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("*", new RecordFilter { From = "2018-05", To = "2018-05" })).Total);
        Assert.Equal(0, searcher.Search(new SearchRequest("دوما", new RecordFilter { Type = "PROTEST" })).Total);
    }

    [Fact]
    public async Task Query_syntax_error_is_one_line_naming_the_query()
    {
        using var searcher = await Index(Fixtures.Shelling());
        var e = Assert.Throws<SearchSyntaxException>(() => searcher.Search(new SearchRequest("دمشق AND (", RecordFilter.None)));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("دمشق AND (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindexing_a_changed_article_replaces_its_document()
    {
        var dir = Fixtures.TempDir();
        await using var store = await Fixtures.StoreWith(dir, Fixtures.Shelling());
        var index = SearchIndex.PathFor(Path.Combine(dir, "marsad.db"));
        await SearchIndex.UpdateAsync(store, index);
        Assert.Equal(0, await SearchIndex.UpdateAsync(store, index));
        await store.UpsertBatchAsync([Fixtures.Stored(Fixtures.Shelling() with { Events = [] })]);
        Assert.Equal(1, await SearchIndex.UpdateAsync(store, index));
        using var searcher = new ArticleSearcher(index);
        Assert.Equal(1, searcher.Count);
        Assert.Equal(0, searcher.Search(new SearchRequest("*", new RecordFilter { Type = "ASSAULT" })).Total);
    }

    [Fact]
    public void Missing_index_says_to_run_ingest()
    {
        var e = Assert.Throws<StoreException>(() => new ArticleSearcher(Path.Combine(Fixtures.TempDir(), "none.index")));
        Assert.Contains("marsad ingest", e.Message, StringComparison.Ordinal);
    }
}
