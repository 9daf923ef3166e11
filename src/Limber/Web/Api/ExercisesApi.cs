using System.Text;
using Limber.Content.Export;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Limber.Cli.Web.Api;

/// <summary><c>GET /api/exercises</c> (filters, search, paging) and <c>GET /api/exercises/{id}</c> (the full record).</summary>
internal static class ExercisesApi
{
    public static void MapExercisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exercises").WithTags("Exercises");
        group.MapGet("/", List)
            .WithSummary("The catalog, filtered and searched: target, position, equipment, level, use, q; paged with offset and limit (at most 200).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();
        group.MapGet("/{id}", Get).WithSummary("One exercise in full, in the shape of shared/spec/exercise.schema.json.");
    }

    /// <summary>Writes the page from each entry's JSON made at start: <c>{ total, offset, limit, items: [...] }</c>.</summary>
    private static async Task<IResult> List(HttpContext http, WebCatalog catalog)
    {
        var (query, problems) = CatalogQuery.Parse(http.Request.Query);
        if (query is null)
        {
            return TypedResults.ValidationProblem(problems, title: "The catalog cannot be filtered that way");
        }

        var (page, total) = query.Run(catalog);
        // One write of a known length (no chunked encoding): the head, then each entry's JSON made at start.
        var head = Encoding.UTF8.GetBytes($"{{\"total\":{total},\"offset\":{query.Offset},\"limit\":{query.Limit},\"items\":[");
        var length = head.Length + page.Sum(e => catalog.EntryJson(e.Id).Length) + Math.Max(0, page.Count - 1) + 2;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = length;
        var body = http.Response.BodyWriter;
        var span = body.GetSpan(length);
        head.CopyTo(span);
        var at = head.Length;
        for (var i = 0; i < page.Count; i++)
        {
            if (i > 0)
            {
                span[at++] = (byte)',';
            }

            var entry = catalog.EntryJson(page[i].Id).Span;
            entry.CopyTo(span[at..]);
            at += entry.Length;
        }

        span[at++] = (byte)']';
        span[at++] = (byte)'}';
        body.Advance(at);
        await body.FlushAsync(http.RequestAborted);
        return Results.Empty;
    }

    private static Results<Ok<JsonObject>, ProblemHttpResult> Get(string id, WebCatalog catalog) =>
        catalog.Exercises.Find(id) is { } exercise
            ? TypedResults.Ok(ExerciseJson.ToNode(exercise))
            : Problems.NotFound($"No exercise '{id}'", Suggest(catalog, id));

    private static string Suggest(WebCatalog catalog, string id) =>
        catalog.Exercises.Closest(id) is { Count: > 0 } close ? $"Did you mean {string.Join(", ", close)}?" : "See GET /api/exercises for the catalog.";
}
