using Marsad.Tests.Shared;
using Microsoft.Playwright;

namespace Marsad.Server.Tests;

/// <summary>
/// The web UI in a real Chromium (Debian's package, driven by Playwright; run-tests installs it).
/// Screenshots go to a temp folder, or to docs/screenshots when MARSAD_UPDATE_SCREENSHOTS=1.
/// </summary>
[Collection("server")]
public sealed class BrowserTests(ServerFixture server) : IAsyncLifetime
{
    private static string? Chromium => Environment.GetEnvironmentVariable("MARSAD_TEST_CHROMIUM") ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    private const string NoChromium = "needs Chromium (run-tests installs Debian's chromium and sets MARSAD_TEST_CHROMIUM)";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly string _shots = Environment.GetEnvironmentVariable("MARSAD_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(SharedData.RepoRoot, "docs", "screenshots")
        : Directory.CreateTempSubdirectory("marsad-shots-").FullName;

    public async Task InitializeAsync()
    {
        if (Chromium is null) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without these Chromium keeps trying to reach Google's services through a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private async Task<IPage> OpenAsync(string hash = "")
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "/" + hash).ToString());
        return page;
    }

    private Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(_shots);
        return page.ScreenshotAsync(new() { Path = Path.Combine(_shots, name + ".png"), FullPage = false });
    }

    [SkippableFact]
    public async Task Analyst_searches_opens_an_article_sees_highlights_and_switches_language()
    {
        Skip.If(Chromium is null, NoChromium);
        var page = await OpenAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.FillAsync("#q", "اليرموك");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync(".hits li");
        Assert.True(await page.Locator(".hits li").CountAsync() >= 3);
        Assert.True(await page.Locator(".hits mark").CountAsync() >= 1);
        await Shot(page, "search");

        await page.Locator(".hits li a.hit-title").First.ClickAsync();
        await page.WaitForSelectorAsync("#article-text");
        Assert.True(await page.Locator("#article-text .seg.ent").CountAsync() >= 5, "entities are highlighted in the text");
        var firstEntity = page.Locator("#article-text .seg.ent").First;
        Assert.False(string.IsNullOrEmpty(await firstEntity.GetAttributeAsync("title")));
        if (await page.Locator(".event-card").CountAsync() > 0)
        {
            await page.Locator(".event-card").First.ClickAsync();
            Assert.True(await page.Locator("#article-text .seg.active").CountAsync() >= 1, "clicking an event marks its sentence");
        }
        await Shot(page, "article");

        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=ltr]");
        Assert.Equal("Events", await page.InnerTextAsync("#nav-events"));
        await page.ClickAsync("#lang-toggle");
        await page.WaitForSelectorAsync("html[dir=rtl]");
        Assert.Equal("الأحداث", await page.InnerTextAsync("#nav-events"));
    }

    [SkippableFact]
    public async Task Events_table_timeline_map_and_stories_render()
    {
        Skip.If(Chromium is null, NoChromium);
        var page = await OpenAsync("#/events");
        await page.WaitForSelectorAsync("#total");
        await Shot(page, "events");
        await page.ClickAsync("#nav-map");
        await page.WaitForSelectorAsync("svg#map path.country");
        Assert.True(await page.Locator("svg#map path.country").CountAsync() >= 10, "the bundled boundaries are drawn offline");
        await Shot(page, "map");
        await page.ClickAsync("#nav-stories");
        await page.WaitForSelectorAsync("#story-list li a");
        await page.Locator("#story-list li a").First.ClickAsync();
        await page.WaitForSelectorAsync("#story-articles li");
        Assert.True(await page.Locator("#story-articles li").CountAsync() >= 2, "a story lists the outlets that carried it");
        await Shot(page, "story");
    }

    [SkippableFact]
    public async Task Hostile_article_is_shown_as_text_and_nothing_in_it_executes()
    {
        Skip.If(Chromium is null, NoChromium);
        var page = await OpenAsync("#/article/" + ServerFixture.HostileId);
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.WaitForSelectorAsync("#article-text");
        var shown = await page.InnerTextAsync("#article-text");
        Assert.Contains("<script>window.__pwned = 1</script>", shown, StringComparison.Ordinal);
        Assert.Contains("onerror", shown, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#article-text script, #article-text img, #article-text a[href^='javascript']").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("typeof window.__pwned === 'undefined'"));
        // The record's javascript: URL is neutralised to an in-app link, never followed.
        var links = await page.Locator(".meta a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.All(links, href => Assert.False(href.StartsWith("javascript", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(0, dialogs);
    }
}
