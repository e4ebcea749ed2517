using System.Text;
using System.Text.Json;
using NATS.Client.JetStream;

namespace Marsad.Queue.Tests;

/// <summary>Issue 9 end to end: real nats-server, real PostgreSQL, real worker processes.</summary>
public sealed class ScaleOutTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-scale-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly TimeSpan Long = TimeSpan.FromMinutes(4);

    [SkippableFact]
    public async Task Killed_worker_loses_nothing_and_duplicates_nothing()
    {
        Skip.IfNot(Services.Available, Services.Missing);
        const int articles = 2000;
        string pg = await Services.NewDatabaseAsync();
        string prefix = Services.NewQueuePrefix();
        string input = Corpus.WriteFolder(_dir, articles);
        string[] common = ["--nats", Services.Nats!, "--queue", prefix];

        using (var submit = new MarsadProcess(["submit", input, .. common, "--ack-wait", "5"]))
            Assert.Equal(0, submit.WaitForExit(Long));

        string[] worker = ["worker", .. common, "--pg", pg, "--exit-when-empty", "--batch", "32", "-c", "1", "--ack-wait", "5"];
        using var a = new MarsadProcess([.. worker, "--name", "a"]);
        using var b = new MarsadProcess([.. worker, "--name", "b"]);
        // Kill worker a once it has committed some batches but long before the queue is drained.
        var deadline = DateTime.UtcNow + Long;
        while (await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'articles'") == 0
               || await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM articles") < 200)
        {
            Assert.True(DateTime.UtcNow < deadline, "workers stored nothing: " + a.Stderr + b.Stderr);
            await Task.Delay(50);
        }
        a.KillHard();
        using var c = new MarsadProcess([.. worker, "--name", "c"]);
        Assert.Equal(0, b.WaitForExit(Long));
        Assert.Equal(0, c.WaitForExit(Long));

        Assert.Equal(articles, await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(articles, await Services.ScalarAsync(pg, "SELECT COUNT(DISTINCT source_id) FROM articles"));
        Assert.Equal(articles, await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM records"));
        // Entity and event rows match the records exactly: nothing left over from a killed batch, nothing twice.
        Assert.Equal(await Services.ScalarAsync(pg, "SELECT COALESCE(SUM(json_array_length(json::json->'entities')), 0) FROM records"),
                     await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM entities"));
        Assert.Equal(await Services.ScalarAsync(pg, "SELECT COALESCE(SUM(json_array_length(COALESCE(json::json->'events', '[]'::json))), 0) FROM records"),
                     await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM events"));

        await using var queue = await WorkQueue.OpenAsync(Services.Nats!, new QueueOptions { Names = new QueueNames(prefix) });
        var status = await QueueStatus.ReadAsync(queue);
        Assert.Equal(0UL, status.Waiting);
        Assert.Equal(0UL, status.InFlight);
        Assert.Equal(0UL, status.DeadLetters);
        Assert.Contains(status.Workers, w => w.Name == "b");
    }

    [SkippableFact]
    public async Task Resubmitting_the_same_articles_is_deduplicated_by_message_id()
    {
        Skip.IfNot(Services.Available, Services.Missing);
        string prefix = Services.NewQueuePrefix();
        string input = Corpus.WriteFolder(_dir, 50);
        await using var queue = await WorkQueue.OpenAsync(Services.Nats!, new QueueOptions { Names = new QueueNames(prefix) });
        var first = await new Submitter(queue).SubmitAsync(Marsad.Ingest.Sources.ArticleSources.Open([input]));
        var second = await new Submitter(queue).SubmitAsync(Marsad.Ingest.Sources.ArticleSources.Open([input]));
        Assert.Equal(50, first.Published);
        Assert.Equal(0, second.Published);
        Assert.Equal(50, second.Duplicates);
        Assert.Equal(50UL, (await QueueStatus.ReadAsync(queue)).Waiting);
    }

    [SkippableFact]
    public async Task Poison_message_goes_to_dead_letters_with_its_reason_and_the_rest_proceed()
    {
        Skip.IfNot(Services.Available, Services.Missing);
        string pg = await Services.NewDatabaseAsync();
        string prefix = Services.NewQueuePrefix();
        string input = Corpus.WriteFolder(_dir, 20);
        await using (var queue = await WorkQueue.OpenAsync(Services.Nats!, new QueueOptions { Names = new QueueNames(prefix) }))
        {
            await new Submitter(queue).SubmitAsync(Marsad.Ingest.Sources.ArticleSources.Open([input]));
            // A message the pipeline cannot take: its body span lies outside its text.
            var poison = new ArticleMessage { Id = "poison-1", Text = "نص قصير", Origin = "poison.html", LayoutBody = [[0, 5000]] };
            await queue.JetStream.PublishAsync(queue.Names.ArticlesSubject, poison.Serialize(), opts: new NatsJSPubOpts { MsgId = "poison-1" });
            // And bytes that are not an article message at all.
            await queue.JetStream.PublishAsync(queue.Names.ArticlesSubject, Encoding.UTF8.GetBytes("\u0000not json"), opts: new NatsJSPubOpts { MsgId = "poison-2" });
        }
        using (var worker = new MarsadProcess("worker", "--nats", Services.Nats!, "--queue", prefix, "--pg", pg, "--exit-when-empty", "-c", "2"))
            Assert.Equal(0, worker.WaitForExit(Long));

        Assert.Equal(20, await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM articles"));
        using var status = new MarsadProcess("status", "--nats", Services.Nats!, "--queue", prefix, "--pg", pg, "--json");
        Assert.Equal(0, status.WaitForExit(Long));
        await using var q = await WorkQueue.OpenAsync(Services.Nats!, new QueueOptions { Names = new QueueNames(prefix) });
        var snapshot = await QueueStatus.ReadAsync(q);
        string seen = string.Join(" | ", snapshot.RecentDeadLetters);
        Assert.Equal(2UL, snapshot.DeadLetters);
        Assert.True(snapshot.RecentDeadLetters.Any(d => d.Origin == "poison.html" && d.Reason.Contains("outside the text", StringComparison.Ordinal) && d.Deliveries == "3"), seen);
        Assert.True(snapshot.RecentDeadLetters.Any(d => d.Reason.Contains("JsonException", StringComparison.Ordinal)), seen);
        Assert.Equal(0UL, snapshot.Waiting);
    }

    [SkippableFact]
    public async Task Worker_time_budget_dead_letters_each_slow_article_with_the_reason_and_stores_nothing_half_done()
    {
        Skip.IfNot(Services.Available, Services.Missing);
        string pg = await Services.NewDatabaseAsync();
        string prefix = Services.NewQueuePrefix();
        string input = Corpus.WriteFolder(_dir, 4);
        string[] common = ["--nats", Services.Nats!, "--queue", prefix];
        using (var submit = new MarsadProcess(["submit", input, .. common]))
            Assert.Equal(0, submit.WaitForExit(Long));
        // A budget no article can meet (one microsecond): every article fails between pipeline stages.
        using (var worker = new MarsadProcess(["worker", .. common, "--pg", pg, "--exit-when-empty", "-c", "1", "--time-budget", "0.000001"]))
            Assert.Equal(0, worker.WaitForExit(Long));

        await using var q = await WorkQueue.OpenAsync(Services.Nats!, new QueueOptions { Names = new QueueNames(prefix) });
        var snapshot = await QueueStatus.ReadAsync(q);
        string seen = string.Join(" | ", snapshot.RecentDeadLetters);
        Assert.Equal(4UL, snapshot.DeadLetters);
        Assert.All(snapshot.RecentDeadLetters, d => Assert.Contains("time budget exceeded", d.Reason, StringComparison.Ordinal));
        Assert.Equal(0UL, snapshot.Waiting);
        // The worker opened (and migrated) the store, and committed nothing.
        Assert.Equal(0, await Services.ScalarAsync(pg, "SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public void Worker_refuses_a_time_budget_that_is_not_a_positive_number_of_seconds()
    {
        // Checked before the queue or the store is opened, so no server is needed to see the message.
        using var worker = new MarsadProcess("worker", "--nats", "nats://127.0.0.1:1", "--pg", "Host=127.0.0.1;Port=1", "--time-budget", "0");
        Assert.Equal(2, worker.WaitForExit(Long));
        Assert.Contains("--time-budget must be a positive number of seconds", worker.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_message_round_trips_every_field_and_refuses_an_unknown_version()
    {
        var article = new Marsad.Ingest.Article("x1", "جنوب دمشق: خبر\nنص الخبر.", "feed.xml#3")
        {
            Title = "خبر", Published = new DateOnly(2018, 4, 13), Url = "https://example.org/1", Outlet = "صوت العاصمة",
            Layout = new Marsad.Ingest.ArticleLayout(new Marsad.Text.TextSpan(0, 14), [new Marsad.Text.TextSpan(15, 24)], "صوت العاصمة"),
        };
        var bytes = ArticleMessage.From(article).Serialize();
        // The text travels as UTF-8 (two bytes an Arabic letter), not as six-byte \uXXXX escapes.
        Assert.Contains("جنوب دمشق", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var back = ArticleMessage.Deserialize(bytes).ToArticle();
        Assert.Equal(article.Text, back.Text);
        Assert.Equal(article.Published, back.Published);
        Assert.Equal(article.Layout!.Body, back.Layout!.Body);
        Assert.Equal(article.Layout.Title, back.Layout.Title);
        var future = JsonSerializer.SerializeToUtf8Bytes(new { v = 9, id = "x", text = "t", origin = "o" });
        var e = Assert.Throws<InvalidDataException>(() => ArticleMessage.Deserialize(future));
        Assert.Contains("version 9", e.Message, StringComparison.Ordinal);
    }
}
