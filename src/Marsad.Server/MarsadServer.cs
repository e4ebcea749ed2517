using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Marsad.Extract.Pipeline;
using Marsad.Text.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Threading.RateLimiting;

namespace Marsad.Server;

/// <summary>
/// Builds the web application: the REST API (Api/*), the OpenAPI document, RFC 9457 problem
/// responses, and the offline web UI from wwwroot, with a strict Content-Security-Policy because
/// everything shown comes from untrusted articles.
/// </summary>
public static class MarsadServer
{
    /// <summary>No inline script, no remote origin, no plugins, no framing: article text can never run as code.</summary>
    /// <summary>The rate-limiter policy that queues searches (at most one running per core).</summary>
    public const string SearchPolicy = "search";
    // Waiting searches beyond this get 503: far more than any UI or load test keeps in flight.
    private const int SearchQueueLimit = 4096;

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication Build(ServerOptions options, StoreHost host, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A start-up failure (port in use) reaches the caller as an exception and `marsad serve` prints
        // it as one line; the host's own error log would repeat it as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxExtractBytes;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        // Searches run at most one per core, the rest wait in arrival order: a search is pure CPU, and
        // with 64 running at once the costly ones (common words, thousands of matches) got a 64th of a
        // core each and made the tail; in order, each waits its turn and then runs at full speed.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.AddConcurrencyLimiter(SearchPolicy, c =>
            {
                c.PermitLimit = Environment.ProcessorCount;
                c.QueueLimit = SearchQueueLimit;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(host);
        builder.Services.AddSingleton(options);
        var resources = options.Resources.Count > 0 ? new ResourceSet(options.Resources) : ResourceSet.Shipped;
        builder.Services.AddSingleton(_ => new Pipeline(resources));
        // What POST /api/extract needs to read an HTML page: the same rules `marsad ingest` reads pages with.
        builder.Services.AddSingleton(_ => ReferenceEquals(resources, ResourceSet.Shipped) ? Marsad.Ingest.Html.HtmlHeuristics.Shipped : Marsad.Ingest.Html.HtmlHeuristics.Load(resources));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            await next(context).ConfigureAwait(false);
        });
        var web = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(web))
        {
            var files = new PhysicalFileProvider(web);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
            types.Mappings[".geojson"] = "application/geo+json";
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        }
        app.MapOpenApi("/openapi/v1.json");
        app.MapGet("/healthz", (StoreHost h) => Results.Ok(new { status = "ok", store = h.Display }));
        Api.MapAll(app);
        return app;
    }
}
