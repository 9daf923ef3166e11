using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;

namespace Limber.Core.Tests.Planning;

/// <summary>The planner against the engine and against an exhaustive search, on random catalogs.</summary>
public sealed class PlannerPropertyTests
{
    private static readonly Gen<(ExerciseCatalog Catalog, int Minutes)> Requests =
        from catalog in PlanFixtures.Catalogs(1, 9)
        from minutes in Gen.Choose(2, 30)
        select (catalog, minutes);

    private static Plan? TryPlan(ExerciseCatalog catalog, int minutes)
    {
        try
        {
            return new Planner(catalog).Plan(new PlanRequest(PlanFixtures.LowerBack, minutes));
        }
        catch (PlanImpossibleException)
        {
            return null;
        }
    }

    [Property(MaxTest = 200)]
    public Property A_plan_is_within_ten_percent_or_twenty_seconds_and_is_the_session_it_plays() => Prop.ForAll(Requests.ToArbitrary(), r =>
    {
        var plan = TryPlan(r.Catalog, r.Minutes);
        return plan is null || (PlanFixtures.Seconds(plan) == plan.TotalSeconds && plan.TotalSeconds <= r.Minutes * 66
            && plan.TotalSeconds >= Math.Min(r.Minutes * 54, (r.Minutes * 60) - PlanRequest.ShortBy));
    });

    [Property(MaxTest = 200)]
    public Property Doses_stay_inside_what_each_source_states() => Prop.ForAll(Requests.ToArbitrary(), r =>
    {
        var plan = TryPlan(r.Catalog, r.Minutes);
        return plan is null || plan.Items.All(i =>
        {
            var dose = ChosenDose.For(i.Exercise, DosePoint.Low, i.Dose); // throws on a dose outside the range
            return dose.Amount >= dose.Range.Min && dose.Amount <= (dose.Range.Max ?? dose.Range.Min);
        });
    });

    [Property(MaxTest = 200)]
    public Property Each_position_comes_in_one_run() => Prop.ForAll(Requests.ToArbitrary(), r =>
    {
        var plan = TryPlan(r.Catalog, r.Minutes);
        var runs = plan?.Items.Select(i => i.Exercise.Position).Aggregate(new List<Position?>(), (acc, p) =>
        {
            if (acc.Count == 0 || acc[^1] != p)
            {
                acc.Add(p);
            }

            return acc;
        });
        return runs is null || runs.Distinct().Count() == runs.Count;
    });

    /// <summary>
    /// The planner's coverage equals the best any subset reaches within the time limit, found by trying every
    /// subset at the doses a plan starts them at (about a minute per side, 30 s in short plans) with the session
    /// engine itself.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property Coverage_equals_an_exhaustive_search() => Prop.ForAll(Requests.ToArbitrary(), r =>
    {
        var plan = TryPlan(r.Catalog, r.Minutes);
        if (plan is null)
        {
            return true;
        }

        var limit = (int)Math.Floor(r.Minutes * 60 * 1.1);
        var exercises = r.Catalog.Exercises;
        var best = 0.0;
        for (var subset = 1; subset < 1 << exercises.Count; subset++)
        {
            var chosen = exercises.Where((_, i) => (subset >> i & 1) == 1).ToList();
            var perSide = new PlanRequest(PlanFixtures.LowerBack, r.Minutes).SecondsPerSide;
            var items = chosen.Select(e => new SessionItem(e, DoseFitting.Start(ExerciseFacts.Of(e), SessionOptions.Default, perSide)));
            var seconds = TimelineBuilder.Build([.. items], SessionOptions.Default with { Point = DosePoint.Low }).TotalSeconds;
            if (seconds <= limit)
            {
                best = Math.Max(best, CoverageOf(chosen));
            }
        }

        return Math.Abs(plan.Coverage - best) < 1e-9;
    });

    /// <summary>The goal's weighted coverage, written out plainly: full weight for a primary target, half for a secondary.</summary>
    private static double CoverageOf(IReadOnlyList<Exercise> chosen)
    {
        var goal = PlanFixtures.LowerBack;
        var score = goal.Targets.Sum(t =>
            chosen.Any(e => e.PrimaryTargets.Contains(t.Key)) ? t.Value
            : chosen.Any(e => e.SecondaryTargets.Contains(t.Key)) ? t.Value / 2
            : 0);
        score += goal.UseCases.Sum(u => chosen.Any(e => e.UseCases.Contains(u.Key)) ? u.Value : 0);
        return score / goal.TotalWeight;
    }
}
