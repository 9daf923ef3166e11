using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Core.Tests.Sessions;

/// <summary>The engine's invariants over random doses and options.</summary>
public sealed class TimelinePropertyTests
{
    private static readonly Gen<Dosage> Doses =
        from kind in Gen.Elements(0, 1, 2)
        from min in Gen.Choose(1, 60)
        from extra in Gen.Choose(0, 60)
        from openEnded in Gen.Frequency((1, Gen.Constant(true)), (5, Gen.Constant(false)))
        from reps in Gen.Choose(0, 4)
        from repsExtra in Gen.Choose(0, 3)
        from perSide in Gen.Elements<bool?>(true, false, null)
        let range = new DoseRange(min, openEnded ? null : min + extra)
        select new Dosage(
            kind switch { 0 => new HoldDose.Seconds(range), 1 => new HoldDose.Breaths(new DoseRange(Math.Min(min, 12), Math.Min(min, 12) + (extra % 5))), _ => null },
            reps == 0 ? null : new DoseRange(reps, reps + repsExtra),
            perSide,
            Note: kind == 2 ? "a short hold" : null);

    private static readonly Gen<SessionOptions> Options =
        from point in Gen.Elements<DosePoint?>(DosePoint.Low, DosePoint.Middle, DosePoint.High, null)
        from tighter in Gen.Elements<Side?>(Side.Left, Side.Right, null)
        from rest in Gen.Elements(0, 0, 5, 20)
        from setup in Gen.Choose(0, 30)
        from pace in Gen.Choose(3, 15)
        select new SessionOptions(Point: point, TighterSide: tighter, RestSeconds: rest, SetupSeconds: setup, BreathsPerMinute: pace);

    private static readonly Gen<(List<Exercise> Exercises, SessionOptions Options)> Sessions =
        from count in Gen.Choose(1, 4)
        from doses in Gen.ListOf(Doses, count)
        from sides in Gen.ListOf(Gen.Elements(Laterality.Bilateral, Laterality.Unilateral, Laterality.Alternating), count)
        from written in Gen.ListOf(Gen.Elements<Side?>(Side.Left, Side.Right, null), count)
        from options in Options
        select (doses.Zip(sides, written).Select((p, i) => SessionFixtures.Make($"exercise-{i}", p.Second, p.First) with { StepsSide = p.Third }).ToList(), options);

    private static Timeline Build((List<Exercise> Exercises, SessionOptions Options) session) =>
        TimelineBuilder.Build([.. session.Exercises.Select(e => new SessionItem(e))], session.Options);

    [Property(MaxTest = 300)]
    public Property Segments_are_contiguous_and_the_total_is_their_sum() => Prop.ForAll(Sessions.ToArbitrary(), session =>
    {
        var t = Build(session);
        var starts = t.Segments.Select(s => s.Start).ToList();
        var expected = t.Segments.Select(s => s.Duration).Aggregate(new List<int> { 0 }, (acc, d) => { acc.Add(acc[^1] + d); return acc; });
        return starts.SequenceEqual(expected.Take(t.Segments.Count))
            && t.TotalSeconds == t.Segments.Sum(s => s.Duration)
            && t.Segments.All(s => s.Duration > 0);
    });

    [Property(MaxTest = 300)]
    public Property Holds_per_side_match_the_dose() => Prop.ForAll(Sessions.ToArbitrary(), session =>
    {
        var t = Build(session);
        return session.Exercises.All(e =>
        {
            var reps = ChosenDose.For(e, session.Options.ChosenPoint).RepsPerSide;
            var holds = t.Segments.Where(s => s.Kind == SegmentKind.Hold && s.ExerciseId == e.Id).ToList();
            return e.IsOneSided
                ? holds.Count(h => h.Side == Side.Left) == reps && holds.Count(h => h.Side == Side.Right) == reps
                : holds.Count == reps && holds.All(h => h.Side is null);
        });
    });

    [Property(MaxTest = 300)]
    public Property One_sided_holds_start_on_the_left_and_switch_as_the_source_counts() => Prop.ForAll(Sessions.ToArbitrary(), session =>
    {
        var t = Build(session);
        return session.Exercises.Where(e => e.IsOneSided).All(e =>
        {
            var sides = t.Segments.Where(s => s.Kind == SegmentKind.Hold && s.ExerciseId == e.Id).Select(s => s.Side).ToList();
            var switches = t.Segments.Count(s => s.Kind == SegmentKind.Switch && s.ExerciseId == e.Id);

            // Round by round when the source counts the holds; one side's holds, then the other's, when Limber does.
            return e.Laterality == Laterality.Unilateral && e.Dosage.Reps is null
                ? sides.SequenceEqual([.. Enumerable.Repeat<Side?>(Side.Left, sides.Count / 2), .. Enumerable.Repeat<Side?>(Side.Right, sides.Count / 2)]) && switches == 1
                : sides.Select((side, i) => side == (i % 2 == 0 ? Side.Left : Side.Right)).All(ok => ok) && switches == sides.Count - 1;
        });
    });

    [Property(MaxTest = 300)]
    public Property Holds_stay_inside_the_dose_and_cues_inside_their_segment() => Prop.ForAll(Sessions.ToArbitrary(), session =>
    {
        var t = Build(session);
        var withinCues = t.Segments.All(s => s.Cues.All(c => c.Offset >= 0 && c.Offset < s.Duration) && s.Cues.Select(c => c.Offset).SequenceEqual(s.Cues.Select(c => c.Offset).Order()));
        var withinDose = session.Exercises.All(e =>
        {
            var dose = ChosenDose.For(e, session.Options.ChosenPoint);
            var top = dose.Range.Max is { } max ? Math.Max(dose.Amount, (int)Math.Round(max, MidpointRounding.AwayFromZero)) : int.MaxValue;
            return t.Segments.Where(s => s.Kind == SegmentKind.Hold && s.ExerciseId == e.Id)
                .All(h => (h.Breaths ?? h.Duration) >= dose.Amount && (h.Breaths ?? h.Duration) <= top);
        });
        return withinCues && withinDose;
    });

    [Property(MaxTest = 300)]
    public Property The_timing_sums_match_the_built_timeline() => Prop.ForAll(Sessions.ToArbitrary(), session =>
    {
        var t = Build(session);
        var options = session.Options;
        var expected = session.Exercises.Sum(e =>
            TimelineBuilder.SetupSecondsFor(e, options) + TimelineBuilder.HoldingSecondsFor(e, ChosenDose.For(e, options.ChosenPoint), options))
            + (session.Exercises.Count - 1) * options.TransitionSeconds;
        return t.TotalSeconds == expected;
    });
}
