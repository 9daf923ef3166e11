using Limber.Catalog;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// Builds a routine for a goal within a time budget. In order of priority: the best weighted coverage of the
/// goal's targets and use cases (an exact search), then variety (more relevant exercises while time allows), then
/// doses raised evenly inside each exercise's range to fill the time, then the fewest position changes. A planner
/// reads its catalog once; each plan is arithmetic over what it read.
/// </summary>
public sealed class Planner(ExerciseCatalog catalog)
{
    private readonly IReadOnlyList<ExerciseFacts> facts = [.. catalog.Exercises.Select(ExerciseFacts.Of)];

    public Plan Plan(PlanRequest request)
    {
        if (request.Minutes is < PlanRequest.MinMinutes or > PlanRequest.MaxMinutes)
        {
            throw new PlanImpossibleException($"--minutes must be between {PlanRequest.MinMinutes} and {PlanRequest.MaxMinutes}, not {request.Minutes}");
        }

        var options = request.Options ?? SessionOptions.Default;
        var profile = new GoalProfile(request.Goal);
        var candidates = Candidates(request, options, profile);
        var budget = request.LongestSeconds + options.TransitionSeconds; // the first exercise has no transition

        // 1. Coverage: the cheapest exercise of each distinct mask, searched exactly.
        var cheapest = candidates.GroupBy(c => c.Mask).Select(g => g.MinBy(c => (c.Cost, c.Rank))!).OrderBy(c => c.Rank).ToList();
        if (cheapest.Min(c => c.Cost) > budget)
        {
            var shortest = cheapest.MinBy(c => c.Cost)!;
            throw new PlanImpossibleException(
                $"{request.Minutes} minutes is too short: the shortest exercise for the {request.Goal.Id} goal ({shortest.Facts.Exercise.Id}) takes {Minutes(shortest.Cost - options.TransitionSeconds)} at its lowest dose; ask for at least {Math.Ceiling((shortest.Cost - options.TransitionSeconds) / 60.0 / (1 + PlanRequest.Tolerance))} minutes");
        }

        var chosen = CoverageSearch.Best([.. cheapest.Select(c => (c.Mask, c.Cost))], profile, budget).Select(i => cheapest[i]).ToList();
        var reasons = chosen.ToDictionary(c => c.Facts.Exercise.Id, c => Reason(profile, c.Mask, request.Goal));
        var coverage = profile.Score(chosen.Aggregate(0, (mask, c) => mask | c.Mask)) / profile.TotalWeight;

        // 2. Variety: more exercises for the goal, most relevant first, while they fit at their lowest dose.
        var spent = chosen.Sum(c => c.Cost);
        foreach (var extra in candidates.Where(c => !reasons.ContainsKey(c.Facts.Exercise.Id))
                     .OrderByDescending(c => profile.Score(c.Mask)).ThenBy(c => c.Cost).ThenBy(c => c.Rank))
        {
            if (spent + extra.Cost <= budget)
            {
                chosen.Add(extra);
                spent += extra.Cost;
                reasons[extra.Facts.Exercise.Id] = "adds variety: " + Reason(profile, extra.Mask, request.Goal);
            }
        }

        // 3. Doses: raised evenly toward the budget, never past what each source states.
        var doses = DoseFitting.Fill([.. chosen.Select(c => c.Facts)], options, request.TargetSeconds + options.TransitionSeconds, budget);
        var total = doses.Total - options.TransitionSeconds;
        if (total < request.ShortestSeconds)
        {
            throw new PlanImpossibleException(
                $"the exercises that fit these constraints fill at most {Minutes(total)} at their highest doses; ask for {(int)Math.Floor(total / 60.0 / (1 - PlanRequest.Tolerance))} minutes or fewer, or relax --avoid, --equipment, --level or --exclude");
        }

        // 4. Order: fewest position changes, the usual way down to the floor and back up.
        var items = chosen.Select((c, i) => new PlanItem(c.Facts.Exercise, doses.Doses[i], reasons[c.Facts.Exercise.Id]))
            .Select((item, i) => (item, i))
            .OrderBy(p => PositionOrder.Of(p.item.Exercise.Position))
            .ThenBy(p => p.i)
            .Select(p => p.item)
            .ToList();
        return new Plan(request.Goal, items, total, coverage);
    }

    private List<Candidate> Candidates(PlanRequest request, SessionOptions options, GoalProfile profile)
    {
        var ranks = Ranks(request.Seed);
        var candidates = new List<Candidate>();
        var removed = new Dictionary<string, int>();
        for (var i = 0; i < facts.Count; i++)
        {
            var mask = profile.MaskOf(facts[i]);
            if (mask == 0)
            {
                continue;
            }

            if (Excluded(facts[i].Exercise, request) is { } by)
            {
                removed[by] = removed.GetValueOrDefault(by) + 1;
                continue;
            }

            var cost = facts[i].SecondsFor(ChosenDose.For(facts[i].Exercise, DosePoint.Low), options);
            candidates.Add(new Candidate(facts[i], mask, cost, ranks[i]));
        }

        if (candidates.Count == 0)
        {
            var why = removed.Count == 0
                ? "the catalog has no exercise for its targets"
                : $"{string.Join(", ", removed.OrderByDescending(r => r.Value).Select(r => $"{r.Key} left out {r.Value}"))}; relax {string.Join(" or ", removed.Keys.Order(StringComparer.Ordinal))}";
            throw new PlanImpossibleException($"no exercise is left for the {request.Goal.Id} goal: {why}");
        }

        return candidates;
    }

    /// <summary>Which constraint leaves an exercise out, as the option the user would relax; null keeps it.</summary>
    private static string? Excluded(Exercise exercise, PlanRequest request)
    {
        if (request.Exclude?.Contains(exercise.Id) == true)
        {
            return "--exclude";
        }

        if (request.Level is { } level && exercise.Level is { } needs && needs > level)
        {
            return "--level";
        }

        if (exercise.Position is { } position && request.Avoid?.Contains(position) == true)
        {
            return "--avoid";
        }

        return request.Equipment is { } atHand && exercise.Equipment.Any(e => !atHand.Contains(e)) ? "--equipment" : null;
    }

    /// <summary>Ties go by catalog order, or by a shuffle that <paramref name="seed"/> makes reproducible.</summary>
    private int[] Ranks(int? seed)
    {
        var ranks = Enumerable.Range(0, facts.Count).ToArray();
        if (seed is { } s)
        {
            new Random(s).Shuffle(ranks);
        }

        return ranks;
    }

    private static string Reason(GoalProfile profile, int mask, Goal goal)
    {
        var primary = profile.TargetsIn(mask, primary: true).ToList();
        var secondary = profile.TargetsIn(mask, primary: false).ToList();
        var useCases = profile.UseCasesIn(mask).Select(Words.Of).ToList();
        var parts = new List<string>();
        if (primary.Count > 0)
        {
            parts.Add($"stretches {string.Join(", ", primary)}");
        }

        if (secondary.Count > 0)
        {
            parts.Add($"{(primary.Count > 0 ? "also " : "reaches ")}{string.Join(", ", secondary)}");
        }

        if (useCases.Count > 0)
        {
            parts.Add($"suits {string.Join(", ", useCases)}");
        }

        return $"{string.Join("; ", parts)} ({goal.Name.ToLowerInvariant()} goal)";
    }

    private static string Minutes(int seconds) => $"{seconds / 60}:{seconds % 60:00} min";

    private sealed record Candidate(ExerciseFacts Facts, int Mask, int Cost, int Rank);
}
