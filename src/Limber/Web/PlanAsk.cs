using Limber.Exercises;
using Limber.Planning;

namespace Limber.Cli.Web;

/// <summary>
/// A plan request as the web takes it, from the plan form or as JSON: words for every choice, checked here so the
/// page and the API say the same thing about a bad value.
/// </summary>
internal sealed record PlanAsk(
    string? Goal,
    int? Minutes,
    string? Level = null,
    IReadOnlyList<string>? Avoid = null,
    IReadOnlyList<string>? Equipment = null,
    IReadOnlyList<string>? Exclude = null,
    int? Seed = null,
    bool? Partner = null)
{
    public const int DefaultMinutes = 10;

    /// <summary>
    /// The plan form's fields as the page's address carries them. The form starts with no props ticked and means
    /// it: a plan for someone who has said nothing about props needs none (the API's "any" is for callers that
    /// leave the field out).
    /// </summary>
    public static PlanAsk FromQuery(Microsoft.AspNetCore.Http.IQueryCollection q) => new(
        q["goal"].ToString(),
        int.TryParse(q["minutes"], out var m) ? m : DefaultMinutes,
        q["level"].ToString() is { Length: > 0 } level ? level : null,
        [.. q["avoid"].OfType<string>()],
        [.. q["equipment"].OfType<string>()],
        [.. q["exclude"].OfType<string>()],
        Partner: q["partner"].ToString() is "yes" or "true" or "on");

    /// <summary>The planner's request, or the problems with this one, per field.</summary>
    public (PlanRequest? Request, Dictionary<string, string[]> Problems) Check(WebCatalog catalog)
    {
        var problems = new Dictionary<string, string[]>();
        var goal = Goal is { Length: > 0 } id ? catalog.Goal(id) : null;
        if (goal is null)
        {
            problems["goal"] = [$"{(Goal is { Length: > 0 } ? $"unknown goal '{Goal}'" : "choose a goal")}; one of: {string.Join(", ", catalog.Goals.Select(g => g.Id))}"];
        }

        var minutes = Minutes ?? DefaultMinutes;
        if (minutes is < PlanRequest.MinMinutes or > PlanRequest.MaxMinutes)
        {
            problems["minutes"] = [$"minutes must be from {PlanRequest.MinMinutes} to {PlanRequest.MaxMinutes}, not {minutes}"];
        }

        Level? level = null;
        if (Level is { Length: > 0 } word)
        {
            level = Words.TryParse<Level>(word, out var l) ? l : Add<Level?>(problems, "level", $"unknown level '{word}'; one of: {string.Join(", ", Words.All<Level>())}");
        }

        var avoid = new HashSet<Position>();
        foreach (var name in Avoid ?? [])
        {
            if (Words.TryParse<Position>(name, out var p))
            {
                avoid.Add(p);
            }
            else
            {
                Add<int>(problems, "avoid", $"unknown position '{name}'; one of: {string.Join(", ", Words.All<Position>())}");
            }
        }

        HashSet<string>? props = null;
        if (Equipment is not null)
        {
            props = [.. Equipment.Where(e => e != "none")];
            foreach (var unknown in props.Where(p => !Props.IsKnown(p)))
            {
                Add<int>(problems, "equipment", $"unknown prop '{unknown}'; one of: {string.Join(", ", Props.Known)}, or none");
            }
        }

        var exclude = new HashSet<ExerciseId>();
        foreach (var excluded in Exclude ?? [])
        {
            if (catalog.Exercises.Find(excluded) is { } e)
            {
                exclude.Add(e.Id);
            }
            else
            {
                Add<int>(problems, "exclude", $"no exercise '{excluded}'");
            }
        }

        return problems.Count > 0 || goal is null
            ? (null, problems)
            : (new PlanRequest(goal, minutes, level, avoid, props, exclude, Seed, Partner: Partner == true), problems);
    }

    private static T? Add<T>(Dictionary<string, string[]> problems, string field, string problem)
    {
        problems[field] = problems.TryGetValue(field, out var known) ? [.. known, problem] : [problem];
        return default;
    }
}
