using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;
using Shouldly;

namespace Limber.Core.Tests.Planning;

/// <summary>
/// The coaching rules of docs/coaching.md on random catalogs of every kind, for a stretching goal and a warm-up,
/// every budget and with or without a partner, a roller, a level: what a physiotherapist would check first.
/// </summary>
public sealed class CoachingPropertyTests
{
    private sealed record Ask(ExerciseCatalog Catalog, Goal Goal, int Minutes, bool Partner, string[]? Equipment, Level? Level);

    private static readonly Gen<Ask> Asks =
        from catalog in PlanFixtures.MixedCatalogs(10, 25)
        from goal in Gen.Elements(PlanFixtures.LowerBack, PlanFixtures.LowerBackWithKey, PlanFixtures.WarmUp)
        from minutes in Gen.Elements(5, 10, 15, 20)
        from partner in Gen.Elements(true, false)
        from equipment in Gen.Elements<string[]?>(null, [], ["foam-roller"], ["strap", "foam-roller"])
        from level in Gen.Elements<Level?>(null, Level.Beginner, Level.Advanced)
        select new Ask(catalog, goal, minutes, partner, equipment, level);

    private static Plan? TryPlan(Ask a)
    {
        try
        {
            return new Planner(a.Catalog).Plan(new PlanRequest(a.Goal, a.Minutes, a.Level, Equipment: a.Equipment?.ToHashSet(), Partner: a.Partner));
        }
        catch (PlanImpossibleException)
        {
            return null;
        }
    }

    [Property(MaxTest = 400)]
    public Property Only_the_kinds_the_goal_takes_and_never_a_strength_move() => Prop.ForAll(Asks.ToArbitrary(), a =>
        TryPlan(a) is not { } plan || plan.Items.All(i => i.Exercise.Kind != ExerciseKind.Strength && a.Goal.Kinds.Contains(i.Exercise.Kind!.Value)));

    [Property(MaxTest = 400)]
    public Property A_partner_move_only_when_there_is_a_partner() => Prop.ForAll(Asks.ToArbitrary(), a =>
        TryPlan(a) is not { } plan || a.Partner || plan.Items.All(i => i.Exercise.Partner != true));

    [Property(MaxTest = 400)]
    public Property Rolling_only_with_a_roller_at_hand() => Prop.ForAll(Asks.ToArbitrary(), a =>
        TryPlan(a) is not { } plan || a.Equipment?.Contains("foam-roller") == true || plan.Items.All(i => i.Exercise.Kind != ExerciseKind.Rolling));

    /// <summary>
    /// From ten minutes on, every held stretch gets at least 30 s a side, unless its source's own range stops it
    /// short (its longest hold times the most holds it allows).
    /// </summary>
    [Property(MaxTest = 400)]
    public Property Each_held_stretch_gets_at_least_thirty_seconds_a_side() => Prop.ForAll(Asks.ToArbitrary(), a =>
    {
        if (a.Minutes < 10 || TryPlan(a) is not { } plan)
        {
            return true;
        }

        var timeline = TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default);
        return plan.Items.Where(i => i.Exercise.Kind == ExerciseKind.Static).All(i =>
        {
            return timeline.LeastSecondsOnASide(i.Exercise.Id) >= 30 || MostPerSide(i.Exercise) < 30;
        });
    });

    /// <summary>A goal's key target is stretched most by one of the plan's exercises, or the plan says why not.</summary>
    [Property(MaxTest = 400)]
    public Property The_key_stretch_is_there_or_the_plan_says_why() => Prop.ForAll(Asks.ToArbitrary(), a =>
        TryPlan(a) is not { } plan || a.Goal.MustInclude.All(t =>
            plan.Items.Any(i => i.Exercise.PrimaryTargets.Contains(t)) || plan.Notes.Any(n => n.Contains(Words.PlainTarget(t), StringComparison.Ordinal))));

    [Property(MaxTest = 300)]
    public Property Movements_are_played_as_counted_repetitions() => Prop.ForAll(Asks.ToArbitrary(), a =>
    {
        if (TryPlan(a) is not { } plan)
        {
            return true;
        }

        var timeline = TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default);
        return plan.Items.Where(i => i.Exercise.Kind == ExerciseKind.Dynamic).All(i =>
            timeline.Segments.Where(s => s.Kind == SegmentKind.Hold && s.ExerciseId == i.Exercise.Id)
                .All(s => s.Repetitions is { } n && s.Duration == n * DefaultDose.SecondsPerRepetition && (i.Exercise.Dosage.Reps?.Contains(n) ?? n == 10)));
    });

    /// <summary>The properties above say something only about asks that give a plan: most of them must.</summary>
    [Fact]
    public void Most_generated_asks_give_a_plan()
    {
        var asks = Asks.Sample(300, 30);
        asks.Count(a => TryPlan(a) is not null).ShouldBeGreaterThan(asks.Length / 2);
    }

    private static double MostPerSide(Exercise e)
    {
        var dose = ChosenDose.For(e, DosePoint.High);
        var longest = dose.SecondsFor((int)Math.Floor(dose.Range.Max ?? dose.Range.Min), SessionOptions.Default);
        var holds = e.Dosage.Reps is { } reps ? (reps.Max ?? reps.Min) / (e.IsOneSided && e.Dosage.PerSide == false ? 2 : 1) : int.MaxValue;
        return longest * holds;
    }
}
