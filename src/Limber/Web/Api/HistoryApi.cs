using System.Text.Json.Nodes;
using Limber.Progress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Limber.Cli.Web.Api;

/// <summary><c>GET /api/history</c> (the log, as <c>limber history --format json</c>) and <c>GET /healthz</c>.</summary>
internal static class HistoryApi
{
    public static void MapHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/history", async (int? limit, IProgressStore store, CancellationToken cancel) =>
                TypedResults.Ok(HistoryCommand.Node(await store.SessionsAsync(limit is > 0 ? limit : null, cancel))))
            .WithTags("History").WithSummary("Sessions, newest first, each with its holds; limit to take the latest few.");
        app.MapGet("/healthz", async (IProgressStore store, WebCatalog catalog, CancellationToken cancel) =>
        {
            // Healthy means the log answers, not only that the process runs.
            await store.SettingsAsync(cancel);
            return TypedResults.Ok(new JsonObject { ["status"] = "ok", ["exercises"] = catalog.Exercises.Count });
        }).WithTags("Health").AllowAnonymous();
    }
}
