using System.CommandLine;
using System.Text.Json;
using Marsad.Extract.Records;
using Marsad.Store.Search;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad search "query" [--db FILE | --pg CONN] [filters] [--limit N] [--json]</c>: ranked articles,
/// highlighted snippets, facet counts. With --pg the local index is first brought in step with the store.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Lucene query: words (ANDed), \"phrases\", OR, -exclude, title:word, prefix*; \"*\" for all" };
        var db = StoreOptions.Database();
        var pg = StoreOptions.Pg();
        var index = StoreOptions.Index();
        var filters = StoreOptions.Filters.Create();
        var limit = new Option<int>("--limit", "-n") { Description = "Hits to show", DefaultValueFactory = _ => 10 };
        var json = StoreOptions.Json();
        var cmd = new Command("search", "Search stored articles (Arabic-aware: بدمشق finds دمشق) with facets by actor, place, type, month") { query, db, pg, index, limit, json };
        filters.AddTo(cmd);
        cmd.SetAction((parse, cancel) => CommandErrors.Guard(async () =>
        {
            var request = new SearchRequest(parse.GetValue(query) ?? "", filters.Read(parse), Math.Clamp(parse.GetValue(limit), 1, 1000));
            var location = StoreOptions.Location(parse, db, pg, index);
            // Workers write PostgreSQL, never this machine's index: take what they wrote first (as serve --pg does).
            // An index written with an older document layout is rebuilt here rather than read without snippets.
            if (location.IsPostgres || (SearchIndex.Exists(location.ResolvedIndexPath) && !SearchIndex.IsCurrentFormat(location.ResolvedIndexPath)))
            {
                await using var store = (await location.OpenAsync(cancel)).Store;
                await SearchIndex.SyncAsync(store, location.ResolvedIndexPath, cancel: cancel);
            }
            using var searcher = new ArticleSearcher(location.ResolvedIndexPath);
            var result = searcher.Search(request);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                JsonSerializer.Serialize(stdout, result, new JsonSerializerOptions(RecordJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                Print(result);
            }
            return 0;
        }));
        return cmd;
    }

    private static void Print(SearchResult result)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{result.Total}[/] articles ({result.Milliseconds:0.0} ms)");
        int rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            console.MarkupLine($"[bold]{rank}.[/] {Markup.Escape(hit.Title)}  [grey]{hit.Published} {Markup.Escape(hit.Outlet ?? "")} {hit.Id} score {hit.Score:0.00}[/]");
            console.MarkupLine("   " + Highlight(hit.Snippet));
        }
        foreach (var (facet, counts) in result.Facets)
        {
            if (counts.Count == 0) continue;
            console.MarkupLine($"[grey]{facet}:[/] " + string.Join(", ", counts.Select(c => $"{Markup.Escape(c.Value)} ({c.Count})")));
        }
    }

    /// <summary>The snippet's &lt;b&gt; marks become bold yellow; everything else is escaped.</summary>
    private static string Highlight(string snippet) =>
        Markup.Escape(snippet).Replace("&lt;b&gt;", "[bold yellow]", StringComparison.Ordinal).Replace("&lt;/b&gt;", "[/]", StringComparison.Ordinal)
            .Replace("<b>", "[bold yellow]", StringComparison.Ordinal).Replace("</b>", "[/]", StringComparison.Ordinal);
}
