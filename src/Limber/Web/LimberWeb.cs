using System.Threading.RateLimiting;
using Limber.Cli.Web.Api;
using Limber.Cli.Web.Pages;
using Limber.Progress;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Limber.Cli.Web;

/// <summary>
/// The web app: pages, the REST API with its OpenAPI document, static files, and the guards around them. It adds
/// no rules of its own: the catalog, planner, engine, log and adaptation are the same the terminal uses.
/// </summary>
internal static class LimberWeb
{
    public static WebApplication Build(WebSettings settings, WebCatalog catalog, IProgressStore store, TimeProvider time, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = settings.WebRoot, EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = WebSettings.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(new AccessGate(settings.Token));
        builder.Services.AddSingleton(new SessionBook(catalog.Exercises, store, time));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            // The framework's own 400 (a body that is not JSON of the right shape) says only "Bad Request".
            if (c.ProblemDetails.Status == StatusCodes.Status400BadRequest && c.ProblemDetails.Detail is null && c.ProblemDetails.Extensions.ContainsKey("errors") is false)
            {
                c.ProblemDetails.Detail = "The request body is not JSON of the expected shape; see /openapi/v1.json.";
            }
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "limber_form";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "_form";
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Guessing the token: five tries a minute from one address.
            o.AddPolicy("login", http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Limber";
            document.Info.Description = "The catalog, plans, sessions and the hold log of a Limber coach. JSON in camelCase; errors as RFC 7807 problem details.";
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Never a stack trace: a storage failure is a 503 the user can act on, anything else a plain 500 problem.
            StatusCodeSelector = e => e is StorageException ? StatusCodes.Status503ServiceUnavailable : e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        app.Use(LimitBody);
        app.Use(app.Services.GetRequiredService<AccessGate>().Guard);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(settings.WebRoot),
            RequestPath = "/static",
            OnPrepareResponse = f => f.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        // The browsable API document, in a branch of its own so no other request passes through its middleware.
        app.Map("/api/docs", docs => docs.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "";
            o.SwaggerEndpoint("/openapi/v1.json", "Limber v1");
            o.DocumentTitle = "Limber API";
        }));
        app.MapExercisesApi();
        app.MapPlansApi();
        app.MapSessionsApi();
        app.MapHistoryApi();
        MapPages(app);
        return app;
    }

    /// <summary>Bodies over the limit are refused before they are read, whatever server the app runs on.</summary>
    private static Task LimitBody(HttpContext http, RequestDelegate next)
    {
        if (http.Request.ContentLength > WebSettings.MaxRequestBytes)
        {
            return Results.Problem(title: "Too large", detail: $"Requests are limited to {WebSettings.MaxRequestBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = WebSettings.MaxRequestBytes;
        }

        return next(http);
    }

    private static void MapPages(WebApplication app)
    {
        app.MapGet("/", CatalogPage.Render).ExcludeFromDescription();
        app.MapGet("/exercises/{id}", ExercisePage.Render).ExcludeFromDescription();
        app.MapGet("/plan", PlanPage.Render).ExcludeFromDescription();
        app.MapGet("/plan/print", PrintPage.Render).ExcludeFromDescription();
        app.MapPost("/sessions", SessionForms.Start).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/player/{id:long}", PlayerPage.Render).ExcludeFromDescription();
        app.MapGet("/progress", ProgressPage.Render).ExcludeFromDescription();
        app.MapGet("/settings", (HttpContext http, IProgressStore store, IAntiforgery antiforgery) => SettingsPage.Render(http, store, antiforgery)).ExcludeFromDescription();
        app.MapPost("/settings", SettingsPage.Save).ExcludeFromDescription().DisableAntiforgery();
        app.MapGet("/login", (HttpContext http, IAntiforgery antiforgery) => LoginPage.Render(http, antiforgery)).ExcludeFromDescription();
        app.MapPost("/login", LoginPage.SignIn).ExcludeFromDescription().DisableAntiforgery().RequireRateLimiting("login");
        // The service worker must be served from the root to control the player's pages.
        app.MapGet("/sw.js", (WebSettings settings) => Results.File(Path.Combine(settings.WebRoot, "sw.js"), "text/javascript")).ExcludeFromDescription();
    }
}
