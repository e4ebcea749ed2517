using System.Diagnostics;
using Marsad.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Tests;

/// <summary>
/// kill -9 in the middle of a real <c>marsad ingest</c> process, run it again, and check that every
/// article is stored exactly once with nothing corrupt. The CLI is referenced by this project, so
/// its marsad.dll sits beside the test assembly.
/// </summary>
public class CrashSafetyTests
{
    private const int Articles = 4000;

    [Fact]
    public async Task Killed_ingest_rerun_stores_every_article_exactly_once()
    {
        var dir = Fixtures.TempDir();
        var corpus = Path.Combine(dir, "corpus");
        GenerateCorpus(corpus);
        var db = Path.Combine(dir, "marsad.db");

        using (var first = Start(corpus, db))
        {
            // Wait for the first committed batches, then kill without warning (SIGKILL on Linux).
            var clock = Stopwatch.StartNew();
            long seen = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(90) && !first.HasExited)
            {
                seen = await CountArticles(db);
                if (seen > 0) break;
                await Task.Delay(10);
            }
            Assert.False(first.HasExited, $"the first run finished before it could be killed ({seen} articles seen); make the corpus larger");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.InRange(await CountArticles(db), 1, Articles - 1);
        }

        using (var second = Start(corpus, db))
        {
            string stderr = await second.StandardError.ReadToEndAsync();
            await second.WaitForExitAsync();
            Assert.True(second.ExitCode == 0, stderr);
        }

        await using var store = await SqliteRecordStore.OpenAsync(db);
        Assert.Equal("ok", await store.IntegrityCheckAsync());
        var counts = await store.CountAsync();
        Assert.Equal(Articles, counts.Articles);
        Assert.Equal(Articles, counts.Records);
        await using var conn = new SqliteConnection($"Data Source={db}");
        await conn.OpenAsync();
        Assert.Equal(0L, await Scalar(conn, "SELECT COUNT(*) FROM records r LEFT JOIN articles a ON a.id = r.article_id WHERE a.id IS NULL"));
        Assert.Equal((long)Articles, await Scalar(conn, "SELECT COUNT(DISTINCT source_id) FROM articles"));
        Assert.Equal(0L, await Scalar(conn, "PRAGMA foreign_key_check"));
        // Every record parses and belongs to its row.
        await foreach (var a in store.ReadAllAsync(RecordFilter.None)) Assert.Equal(ArticleId.FromText(a.Record.Text), a.Id);
    }

    private static void GenerateCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        string[] places = ["دمشق", "حلب", "حمص", "درعا", "إدلب", "الرقة", "دير الزور", "اللاذقية"];
        string[] verbs = ["قصفت", "اقتحمت", "حاصرت", "انسحبت من", "دخلت"];
        for (int i = 0; i < Articles; i++)
        {
            string place = places[i % places.Length], verb = verbs[i % verbs.Length];
            File.WriteAllText(Path.Combine(folder, $"a{i:D5}.txt"),
                $"خبر رقم {i}\n\n{verb} قوات النظام مدينة {place} صباح اليوم وفق مصادر محلية، وقالت المصادر إن العملية رقم {i} استمرت ساعات. " +
                $"وأضافت أن الأهالي في {place} نزحوا نحو الريف. ");
        }
    }

    private static Process Start(string corpus, string db)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "ingest", corpus, "--db", db, "--workers", "1", "--no-stories" }) psi.ArgumentList.Add(a);
        return Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
    }

    private static async Task<long> CountArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            await using var conn = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            await conn.OpenAsync();
            return await Scalar(conn, "SELECT COUNT(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0; // the schema is not created yet
        }
    }

    private static async Task<long> Scalar(SqliteConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var v = await cmd.ExecuteScalarAsync();
        return v is null or DBNull ? 0 : Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture);
    }
}
