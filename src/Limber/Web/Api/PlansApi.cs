using System.Text.Json.Nodes;
using Limber.Content.Files;
using Limber.Planning;
using Limber.Progress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Limber.Cli.Web.Api;

/// <summary><c>POST /api/plans</c>: a routine for a goal and a time, as <c>limber plan --format json</c> prints it.</summary>
internal static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/plans", Plan).WithTags("Plans")
            .WithSummary("Builds a plan: { goal, minutes, level?, avoid?, equipment?, exclude?, seed? }; answers { goal, minutes, items: [{ exerciseId, name, dose, reason }], totalSeconds, coverage, changes }.");
        app.MapGet("/api/goals", (WebCatalog catalog) => TypedResults.Ok(new JsonArray([.. catalog.Goals.Select(g => (JsonNode)new JsonObject
        {
            ["id"] = g.Id,
            ["name"] = g.Name,
            ["description"] = g.Description,
        })]))).WithTags("Plans").WithSummary("The goals a plan can be built for.");
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem>> Plan(PlanAsk body, WebCatalog catalog, IProgressStore store, CancellationToken cancel)
    {
        var (request, problems) = body.Check(catalog);
        if (request is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The plan cannot be built from that");
        }

        try
        {
            var plan = catalog.Planner.Plan(request);
            var node = PlanFile.ToNode(plan, request.Minutes);
            var (_, changes) = await SessionRun.AdaptAsync(store, plan.ToSessionItems(), cancel);
            node["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)$"{c.Exercise}: {c.Reason} (applied when the session runs)")]);
            return TypedResults.Ok(node);
        }
        catch (PlanImpossibleException e)
        {
            return TypedResults.Problem(title: "No plan fits", detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }
}
