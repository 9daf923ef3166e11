using System.Buffers;
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
    private readonly int[] catalogOrder = [.. Enumerable.Range(0, catalog.Count)];
    private volatile LowestDose? lowestDose;

    public Plan Plan(PlanRequest request)
    {
        if (request.Minutes is < PlanRequest.MinMinutes or > PlanRequest.MaxMinutes)
        {
            throw new PlanImpossibleException($"--minutes must be between {PlanRequest.MinMinutes} and {PlanRequest.MaxMinutes}, not {request.Minutes}");
        }

        var options = request.Options ?? SessionOptions.Default;
        var profile = new GoalProfile(request.Goal);
        var budget = request.LongestSeconds + options.TransitionSeconds; // the first exercise has no transition

        // Per-plan working arrays are as long as the catalog: pooled, so a plan leaves little garbage behind.
        var rented = ArrayPool<Candidate>.Shared.Rent(facts.Count);
        try
        {
            return Plan(request, options, profile, budget, Candidates(request, options, profile, rented));
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(rented);
        }
    }

    private Plan Plan(PlanRequest request, SessionOptions options, GoalProfile profile, int budget, ReadOnlySpan<Candidate> candidates)
    {

        // 1. Coverage: the cheapest exercise of each distinct mask, searched exactly.
        var cheapestByMask = new Dictionary<int, Candidate>();
        foreach (ref readonly var c in candidates)
        {
            if (!cheapestByMask.TryGetValue(c.Mask, out var known) || (c.Cost, c.Rank).CompareTo((known.Cost, known.Rank)) < 0)
            {
                cheapestByMask[c.Mask] = c;
            }
        }

        var cheapest = cheapestByMask.Values.OrderBy(c => c.Rank).ToList();
        var shortest = cheapest.MinBy(c => c.Cost);
        if (shortest.Cost > budget)
        {
            throw new PlanImpossibleException(
                $"{request.Minutes} minutes is too short: the shortest exercise for the {request.Goal.Id} goal ({facts[shortest.Index].Exercise.Id}) takes {Minutes(shortest.Cost - options.TransitionSeconds)} at its lowest dose; ask for at least {Math.Ceiling((shortest.Cost - options.TransitionSeconds) / 60.0 / (1 + PlanRequest.Tolerance))} minutes");
        }

        var chosen = CoverageSearch.Best([.. cheapest.Select(c => (c.Mask, c.Cost))], profile, budget).Select(i => cheapest[i]).ToList();
        var reasons = chosen.ToDictionary(c => c.Index, c => Reason(profile, c.Mask, request.Goal));
        var coverage = profile.Score(chosen.Aggregate(0, (mask, c) => mask | c.Mask)) / profile.TotalWeight;

        // 2. Variety: more exercises for the goal, most relevant first, while they fit at their lowest dose.
        var spent = chosen.Sum(c => c.Cost);
        AddForVariety(candidates, profile, budget - spent, chosen, reasons, request.Goal);

        // 3. Doses: raised evenly toward the budget, never past what each source states.
        var doses = DoseFitting.Fill([.. chosen.Select(c => facts[c.Index])], options, request.TargetSeconds + options.TransitionSeconds, budget);
        var total = doses.Total - options.TransitionSeconds;
        if (total < request.ShortestSeconds)
        {
            throw new PlanImpossibleException(
                $"the exercises that fit these constraints fill at most {Minutes(total)} at their highest doses; ask for {(int)Math.Floor(total / 60.0 / (1 - PlanRequest.Tolerance))} minutes or fewer, or relax --avoid, --equipment, --level or --exclude");
        }

        // 4. Order: fewest position changes, the usual way down to the floor and back up.
        var items = chosen.Select((c, i) => new PlanItem(facts[c.Index].Exercise, doses.Doses[i], reasons[c.Index]))
            .Select((item, i) => (item, i))
            .OrderBy(p => PositionOrder.Of(p.item.Exercise.Position))
            .ThenBy(p => p.i)
            .Select(p => p.item)
            .ToList();
        return new Plan(request.Goal, items, total, coverage);
    }

    /// <summary>Adds the most relevant candidates not in the plan yet, while they fit in <paramref name="room"/>.</summary>
    private static void AddForVariety(ReadOnlySpan<Candidate> candidates, GoalProfile profile, int room, List<Candidate> chosen, Dictionary<int, string> reasons, Goal goal)
    {
        var pool = ArrayPool<Candidate>.Shared.Rent(candidates.Length);
        var keys = ArrayPool<VarietyOrder>.Shared.Rent(candidates.Length);
        try
        {
            var count = 0;
            foreach (ref readonly var c in candidates)
            {
                if (c.Cost <= room && !reasons.ContainsKey(c.Index))
                {
                    keys[count] = new VarietyOrder(profile.Score(c.Mask), c.Cost, c.Rank);
                    pool[count++] = c;
                }
            }

            Array.Sort(keys, pool, 0, count);
            foreach (var extra in pool.AsSpan(0, count))
            {
                if (extra.Cost <= room)
                {
                    chosen.Add(extra);
                    room -= extra.Cost;
                    reasons[extra.Index] = "adds variety: " + Reason(profile, extra.Mask, goal);
                }
            }
        }
        finally
        {
            ArrayPool<Candidate>.Shared.Return(pool);
            ArrayPool<VarietyOrder>.Shared.Return(keys);
        }
    }

    private ReadOnlySpan<Candidate> Candidates(PlanRequest request, SessionOptions options, GoalProfile profile, Candidate[] candidates)
    {
        var ranks = Ranks(request.Seed);
        var costs = LowestDoseSeconds(options);
        var count = 0;
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

            candidates[count++] = new Candidate(i, mask, costs[i], ranks[i]);
        }

        if (count == 0)
        {
            var why = removed.Count == 0
                ? "the catalog has no exercise for its targets"
                : $"{string.Join(", ", removed.OrderByDescending(r => r.Value).Select(r => $"{r.Key} left out {r.Value}"))}; relax {string.Join(" or ", removed.Keys.Order(StringComparer.Ordinal))}";
            throw new PlanImpossibleException($"no exercise is left for the {request.Goal.Id} goal: {why}");
        }

        return candidates.AsSpan(0, count);
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

        // An exercise's props are most often alternatives or aids ("a bolster, blankets or a large pillow"; "a
        // pillow under the hips if lying on the stomach bothers the back"), so one of them at hand is enough.
        if (request.Equipment is { } atHand && exercise.Equipment.Count > 0)
        {
            foreach (var prop in exercise.Equipment)
            {
                if (atHand.Contains(prop))
                {
                    return null;
                }
            }

            return "--equipment";
        }

        return null;
    }

    /// <summary>Ties go by catalog order, or by a shuffle that <paramref name="seed"/> makes reproducible.</summary>
    private int[] Ranks(int? seed)
    {
        if (seed is not { } s)
        {
            return catalogOrder;
        }

        var ranks = catalogOrder.ToArray();
        new Random(s).Shuffle(ranks);
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

    /// <summary>
    /// Each exercise's length at its lowest dose under the given options, kept for the last options seen: the
    /// options rarely change between plans, and this is most of a plan's arithmetic on a large catalog.
    /// </summary>
    private int[] LowestDoseSeconds(SessionOptions options)
    {
        var known = lowestDose;
        if (known is null || !known.Options.Equals(options))
        {
            known = new LowestDose(options, [.. facts.Select(f => f.SecondsFor(ChosenDose.For(f.Exercise, DosePoint.Low), options))]);
            lowestDose = known;
        }

        return known.Seconds;
    }

    private sealed record LowestDose(SessionOptions Options, int[] Seconds);

    /// <param name="Index">The exercise's place in the catalog.</param>
    private readonly record struct Candidate(int Index, int Mask, int Cost, int Rank);

    /// <summary>Variety order: the most relevant first, then the shortest, then the tie-break rank.</summary>
    private readonly record struct VarietyOrder(double Score, int Cost, int Rank) : IComparable<VarietyOrder>
    {
        public int CompareTo(VarietyOrder other) =>
            Score != other.Score ? other.Score.CompareTo(Score) : Cost != other.Cost ? Cost.CompareTo(other.Cost) : Rank.CompareTo(other.Rank);
    }
}
