using System.Buffers;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// Builds a routine for a goal within a time budget, as a coach would (docs/coaching.md). Only the kinds of
/// exercise the goal takes, suited to the person (no partner unless there is one, rolling only with a roller,
/// nothing above their level); the goal's key stretches first; then the best weighted coverage of the goal's
/// targets (an exact search), then variety while time allows, every held stretch at about a minute per side
/// (30 seconds in short plans); then doses raised evenly inside each source's range; then the fewest position
/// changes. Among exercises that cover the same, the one with full coaching content and at the person's level.
/// A planner reads its catalog once; each plan is arithmetic over what it read.
/// </summary>
public sealed partial class Planner(ExerciseCatalog catalog)
{
    private readonly IReadOnlyList<ExerciseFacts> facts = [.. catalog.Exercises.Select(ExerciseFacts.Of)];
    private readonly int[] catalogOrder = [.. Enumerable.Range(0, catalog.Count)];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SessionOptions Options, int PerSide), (int Cost, int Work)[]> startCosts = new();

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
        var shortest = int.MaxValue;
        var shortestIndex = 0;
        foreach (ref readonly var c in candidates)
        {
            if (c.Cost < shortest)
            {
                (shortest, shortestIndex) = (c.Cost, c.Index);
            }
        }

        if (shortest > budget)
        {
            throw new PlanImpossibleException(
                $"{request.Minutes} minutes is too short: the shortest exercise for the {request.Goal.Name.ToLowerInvariant()} goal ({facts[shortestIndex].Exercise.Name}) takes {Minutes(shortest - options.TransitionSeconds)}; ask for at least {Math.Ceiling((shortest - options.TransitionSeconds) / 60.0 / (1 + PlanRequest.Tolerance))} minutes");
        }

        // 1. The goal's key stretches: the best exercise that stretches each most, while they fit.
        var chosen = new List<Candidate>();
        var reasons = new Dictionary<int, string>();
        var notes = new List<string>();
        var spent = MustInclude(request, profile, candidates, budget, chosen, reasons, notes);

        // 2. Coverage: the best exercise of each distinct mask, searched exactly, on what the key stretches left.
        var covered = profile.PrimaryCovered(chosen.Aggregate(0, (mask, c) => mask | c.Mask));
        var bestByMask = new Dictionary<int, Candidate>();
        foreach (ref readonly var c in candidates)
        {
            var mask = c.Mask & ~covered;
            if (mask != 0 && !reasons.ContainsKey(c.Index)
                && (!bestByMask.TryGetValue(mask, out var known) || c.Better(known)))
            {
                bestByMask[mask] = c;
            }
        }

        var byMask = bestByMask.OrderBy(p => p.Value.Rank).ToList();
        foreach (var i in CoverageSearch.Best([.. byMask.Select(p => (p.Key, p.Value.Cost))], profile, budget - spent))
        {
            var c = byMask[i].Value;
            chosen.Add(c);
            spent += c.Cost;
            reasons[c.Index] = Reason(profile, c.Mask, request.Goal);
        }

        var coverage = profile.Score(chosen.Aggregate(0, (mask, c) => mask | c.Mask)) / profile.TotalWeight;

        // 3. Doses: raised evenly toward the budget, never past what each source states; then variety, more
        // exercises for the goal, most relevant first, only in the time longer holds could not fill, and the
        // doses settled again over them all.
        (IReadOnlyList<DoseOverride> Doses, int Total) Fill() => DoseFitting.Fill(
            [.. chosen.Select(c => facts[c.Index])], options, request.SecondsPerSide, request.TargetSeconds + options.TransitionSeconds, budget, request.StretchShare);
        var doses = Fill();
        var before = chosen.Count;
        AddForVariety(candidates, profile, budget - doses.Total, request.StretchShare, chosen, reasons, request.Goal);
        if (chosen.Count > before)
        {
            doses = Fill();
        }

        var total = doses.Total - options.TransitionSeconds;
        if (total < request.ShortestSeconds)
        {
            var fewer = (int)Math.Floor(total / 60.0 / (1 - PlanRequest.Tolerance));
            var ask = fewer >= PlanRequest.MinMinutes ? $"ask for {fewer} minutes or fewer, or " : "";
            throw new PlanImpossibleException(
                $"the exercises that fit these constraints fill at most {Minutes(total)} at the doses their sources allow; {ask}relax --avoid, --equipment, --level or --exclude");
        }

        // 4. Order: fewest position changes, the usual way down to the floor and back up.
        var items = chosen.Select((c, i) => new PlanItem(facts[c.Index].Exercise, doses.Doses[i], WithOffer(facts[c.Index].Exercise, request, reasons[c.Index])))
            .Select((item, i) => (item, i))
            .OrderBy(p => PositionOrder.Of(p.item.Exercise.Position))
            .ThenBy(p => p.i)
            .Select(p => p.item)
            .ToList();
        return new Plan(request.Goal, items, total, coverage) { Notes = notes };
    }

    /// <summary>
    /// For each of the goal's key targets not yet stretched most by a chosen exercise, the best candidate that
    /// stretches it most and fits; a note when none does. Returns the seconds they take.
    /// </summary>
    private int MustInclude(PlanRequest request, GoalProfile profile, ReadOnlySpan<Candidate> candidates, int budget, List<Candidate> chosen, Dictionary<int, string> reasons, List<string> notes)
    {
        var spent = 0;
        foreach (var target in request.Goal.MustInclude)
        {
            var bit = TargetBits.IndexOf(target);
            if (chosen.Any(c => (facts[c.Index].Primary >> bit & 1) == 1))
            {
                continue;
            }

            // One that leaves room for the rest of the goal first (at most its share of the time), then the better
            // coached, then one whose main target it is (a kneeling hip-flexor stretch before a runner's stretch
            // that also reaches the hip flexors), then more of the goal, shorter, the rank.
            var share = budget / (request.Goal.MustInclude.Count + 1);
            (int, int, int, double, int, int) Key(Candidate c) =>
                (c.Cost > share ? 1 : 0, -c.Quality, facts[c.Index].Exercise.PrimaryTargets[0] == target ? 0 : 1, -profile.Score(c.Mask), c.Cost, c.Rank);

            Candidate? best = null;
            var any = false;
            foreach (ref readonly var c in candidates)
            {
                if ((facts[c.Index].Primary >> bit & 1) == 0 || reasons.ContainsKey(c.Index))
                {
                    continue;
                }

                any = true;
                if (spent + c.Cost <= budget && (best is null || Key(c).CompareTo(Key(best.Value)) < 0))
                {
                    best = c;
                }
            }

            var name = Words.PlainTarget(target);
            if (best is not { } pick)
            {
                notes.Add(any
                    ? $"No {name} stretch fits in {request.Minutes} minutes with the others; ask for more time to include one."
                    : $"No {name} stretch is left with these settings; relax --avoid, --equipment, --level or --exclude to include one.");
                continue;
            }

            chosen.Add(pick);
            spent += pick.Cost;
            reasons[pick.Index] = $"the key {name} stretch: {Reason(profile, pick.Mask, request.Goal)}";
        }

        return spent;
    }

    /// <summary>
    /// Adds the most relevant candidates not in the plan yet, while they fit in <paramref name="room"/>; in a plan
    /// that must be <paramref name="share"/> stretching, only those that are themselves (a movement of three
    /// repetitions after half a minute of setup is not variety worth its time).
    /// </summary>
    private static void AddForVariety(ReadOnlySpan<Candidate> candidates, GoalProfile profile, int room, double share, List<Candidate> chosen, Dictionary<int, string> reasons, Goal goal)
    {
        var pool = ArrayPool<Candidate>.Shared.Rent(candidates.Length);
        var keys = ArrayPool<VarietyOrder>.Shared.Rent(candidates.Length);
        try
        {
            var count = 0;
            foreach (ref readonly var c in candidates)
            {
                if (c.Cost <= room && !reasons.ContainsKey(c.Index) && c.Work >= share * c.Cost)
                {
                    keys[count] = new VarietyOrder(profile.Score(c.Mask), c.Quality, c.Cost, c.Rank);
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

    private static string Reason(GoalProfile profile, int mask, Goal goal)
    {
        var primary = profile.TargetsIn(mask, primary: true).Select(Words.PlainTarget).ToList();
        var secondary = profile.TargetsIn(mask, primary: false).Select(Words.PlainTarget).ToList();
        var useCases = profile.UseCasesIn(mask).Select(Words.Plain).ToList();
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

    /// <summary>Variety order: the most relevant first, then the best coached, the shortest, then the tie-break rank.</summary>
    private readonly record struct VarietyOrder(double Score, int Quality, int Cost, int Rank) : IComparable<VarietyOrder>
    {
        public int CompareTo(VarietyOrder other) =>
            Score != other.Score ? other.Score.CompareTo(Score)
            : Quality != other.Quality ? other.Quality.CompareTo(Quality)
            : Cost != other.Cost ? Cost.CompareTo(other.Cost) : Rank.CompareTo(other.Rank);
    }
}
