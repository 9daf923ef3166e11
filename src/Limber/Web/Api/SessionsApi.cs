using System.Text.Json.Nodes;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Microsoft.AspNetCore.Builder;
using SessionOptions = Limber.Sessions.SessionOptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Limber.Cli.Web.Api;

/// <summary>Sessions: start one from exercises or a plan, read it back to resume, send each hold as it completes, end it.</summary>
internal static class SessionsApi
{
    /// <summary><c>{ "exercises": [ids] }</c> or <c>{ "plan": { items: [...] } }</c> (a plan as <c>POST /api/plans</c> returns it).</summary>
    public sealed record NewSession(IReadOnlyList<string>? Exercises, JsonObject? Plan, string? Level = null, string? TighterSide = null, double? Pace = null);

    /// <summary>One completed hold; <c>segment</c> is its index in the timeline (found from exercise and side when left out).</summary>
    public sealed record HoldBody(string? ExerciseId, string? Side, int? Seconds, int? Tightness, int? Pain, bool? Pinch, int? Segment);

    public sealed record EndBody(bool Finished = true);

    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sessions").WithTags("Sessions");
        group.MapPost("/", Start).WithSummary("Starts a session from exercise ids or a plan; 201 with its id and timeline segments.");
        group.MapGet("/{id:long}", Get).WithSummary("A session: its timeline, the holds done so far and where to resume.");
        group.MapPost("/{id:long}/holds", Hold).WithSummary("Records one completed hold with its rating; 201. Sending the same segment again replaces it.");
        group.MapPost("/{id:long}/end", End).WithSummary("Ends a session as finished or abandoned.");
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult, ValidationProblem>> Start(NewSession body, WebCatalog catalog, SessionBook book, CancellationToken cancel)
    {
        IReadOnlyList<SessionItem> items;
        string source;
        if (body.Plan is { } plan)
        {
            var (routine, problems) = PlanFile.Read(plan.ToJsonString(), "plan");
            if (routine is null)
            {
                return Problems.Invalid("plan", problems[0].Message);
            }

            try
            {
                items = routine.ToSessionItems(catalog.Exercises);
            }
            catch (InvalidSessionException e)
            {
                return Problems.Invalid("plan", e.Message);
            }

            source = $"plan {(string?)plan["goal"] ?? ""}".Trim();
        }
        else if (body.Exercises is { Count: > 0 } ids)
        {
            var unknown = ids.Where(id => catalog.Exercises.Find(id) is null).ToList();
            if (unknown.Count > 0)
            {
                return Problems.Invalid("exercises", $"no exercise '{unknown[0]}' in the catalog");
            }

            items = [.. ids.Select(id => new SessionItem(catalog.Exercises.Find(id)!))];
            source = string.Join(" ", ids);
        }
        else
        {
            return Problems.Invalid("exercises", "give \"exercises\": [ids] or a \"plan\"");
        }

        var (options, problem) = Options(body);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var started = await book.StartAsync(source, items, options, cancel);
            var open = await book.FindAsync(started.Id, cancel);
            return TypedResults.Created($"/api/sessions/{started.Id}", SessionJson.Of(open!, catalog, started.Changes));
        }
        catch (InvalidSessionException e)
        {
            return Problems.BadRequest("The session cannot be built", e.Message);
        }
    }

    private static (SessionOptions? Options, ValidationProblem? Problem) Options(NewSession body)
    {
        if (body.Level is null && body.TighterSide is null && body.Pace is null)
        {
            return (null, null);
        }

        Level? level = null;
        if (body.Level is { } l)
        {
            if (!Words.TryParse<Level>(l, out var parsed))
            {
                return (null, Problems.Invalid("level", $"unknown level '{l}'; one of: {string.Join(", ", Words.All<Level>())}"));
            }

            level = parsed;
        }

        Side? side = null;
        if (body.TighterSide is { } s)
        {
            if (!Words.TryParse<Side>(s, out var parsedSide))
            {
                return (null, Problems.Invalid("tighterSide", "tighterSide is left or right"));
            }

            side = parsedSide;
        }

        var options = new SessionOptions(Level: level, TighterSide: side, BreathsPerMinute: body.Pace ?? SessionOptions.Default.BreathsPerMinute);
        return options.Problems() is [var first, ..] ? (null, Problems.Invalid("pace", first)) : (options, null);
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Get(long id, WebCatalog catalog, SessionBook book, CancellationToken cancel) =>
        await book.FindAsync(id, cancel) is { } open
            ? TypedResults.Ok(SessionJson.Of(open, catalog, []))
            : Problems.NotFound($"No session {id}", "Start one with POST /api/sessions.");

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult, ValidationProblem>> Hold(long id, HoldBody body, WebCatalog catalog, SessionBook book, CancellationToken cancel)
    {
        if (body.ExerciseId is not { Length: > 0 } exerciseId || catalog.Exercises.Find(exerciseId) is not { } exercise)
        {
            return Problems.Invalid("exerciseId", body.ExerciseId is null ? "exerciseId is required" : $"no exercise '{body.ExerciseId}' in the catalog");
        }

        Side? side = null;
        if (body.Side is { } word && word != "both")
        {
            if (!Words.TryParse<Side>(word, out var parsed))
            {
                return Problems.Invalid("side", $"side is left, right or both, not '{word}'");
            }

            side = parsed;
        }

        if (body.Seconds is not { } seconds || seconds is < 0 or > 3600)
        {
            return Problems.Invalid("seconds", body.Seconds is null ? "seconds is required" : $"seconds must be from 0 to 3600, not {body.Seconds}");
        }

        foreach (var (field, value) in new[] { ("tightness", body.Tightness), ("pain", body.Pain) })
        {
            if (value is < 0 or > Rating.Max)
            {
                return Problems.Invalid(field, $"{field} is rated from 0 to {Rating.Max}, not {value}");
            }
        }

        if (body.Tightness.HasValue != body.Pain.HasValue)
        {
            return Problems.Invalid(body.Tightness.HasValue ? "pain" : "tightness", "rate both tightness and pain, or neither (an unrated hold)");
        }

        if (await book.TimelineAsync(id, cancel) is not { } timeline)
        {
            return Problems.NotFound($"No session {id}", "Start one with POST /api/sessions.");
        }

        var index = body.Segment ?? await FreeSegment(book, id, timeline, exercise.Id, side, cancel);
        if (index is not { } segment || segment < 0 || segment >= timeline.Segments.Count
            || timeline.Segments[segment] is not { Kind: SegmentKind.Hold } hold || hold.ExerciseId != exercise.Id || hold.Side != side)
        {
            return Problems.Invalid("segment", body.Segment is null
                ? $"no hold of {exercise.Id} on {(side is { } s ? $"the {Words.Of(s)} side" : "both sides")} is left in session {id}"
                : $"segment {body.Segment} is not a hold of {exercise.Id} on {(side is { } t ? $"the {Words.Of(t)} side" : "both sides")}");
        }

        var rating = body.Tightness is { } tight && body.Pain is { } pain ? new Rating(tight, pain, body.Pinch == true) : null;
        var outcome = await book.RecordAsync(id, hold, new SessionBook.HoldSent(exercise.Id, side, seconds, rating, segment), cancel);
        return TypedResults.Created($"/api/sessions/{id}", new JsonObject
        {
            ["segment"] = outcome.Segment,
            ["stopExercise"] = outcome.StopExercise,
            ["backOff"] = outcome.BackOff,
            ["advice"] = outcome.Advice,
        });
    }

    /// <summary>The first hold of that exercise and side the session has no record of yet.</summary>
    private static async Task<int?> FreeSegment(SessionBook book, long id, Timeline timeline, ExerciseId exercise, Side? side, CancellationToken cancel)
    {
        var done = (await book.FindAsync(id, cancel))?.Session.Holds.Select(h => h.SegmentIndex).ToHashSet() ?? [];
        var free = timeline.Segments.Select((s, i) => (s, i)).FirstOrDefault(p => p.s.Kind == SegmentKind.Hold && p.s.ExerciseId == exercise && p.s.Side == side && !done.Contains(p.i));
        return free.s is null ? null : free.i;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> End(long id, EndBody body, SessionBook book, CancellationToken cancel)
    {
        if (await book.TimelineAsync(id, cancel) is null)
        {
            return Problems.NotFound($"No session {id}", "Start one with POST /api/sessions.");
        }

        await book.EndAsync(id, body.Finished, cancel);
        return TypedResults.NoContent();
    }
}
