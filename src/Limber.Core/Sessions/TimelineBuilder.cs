using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// Turns exercises and options into a timeline: a pure function, the same inputs always give the same segments.
/// Per exercise: a transition (from the second exercise on), setup, then each hold followed by its release, a
/// side switch between sides and a rest between rounds when asked. One-sided exercises go round by round, left
/// then right, as the articles describe ("switch sides and repeat", "back and forth between the legs").
/// </summary>
public static partial class TimelineBuilder
{
    public static Timeline Build(IReadOnlyList<SessionItem> items, SessionOptions options)
    {
        if (items.Count == 0)
        {
            throw new InvalidSessionException("a session needs at least one exercise");
        }

        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidSessionException(problems[0]);
        }

        var timeline = new Builder();
        for (var i = 0; i < items.Count; i++)
        {
            var exercise = items[i].Exercise;
            var itemOptions = items[i].TighterSide is { } side ? options with { TighterSide = side } : options;
            var dose = ChosenDose.For(exercise, options.ChosenPoint, items[i].Dose);
            timeline.Notes.AddRange(NotesFor(exercise, dose, itemOptions));
            var next = i + 1 < items.Count ? items[i + 1].Exercise : null;
            AddExercise(timeline, exercise, dose, itemOptions, isFirst: i == 0, next, items[i].Caution);
        }

        return new Timeline(timeline.Segments, timeline.Notes);
    }

    private static void AddExercise(Builder timeline, Exercise exercise, ChosenDose dose, SessionOptions options, bool isFirst, Exercise? next, string? caution)
    {
        var sides = SidesOf(exercise, options);
        var holds = SideBySide(exercise)
            ? sides.SelectMany(side => Enumerable.Range(1, dose.RepsPerSide).Select(rep => (Rep: rep, Side: side))).ToList()
            : Enumerable.Range(1, dose.RepsPerSide).SelectMany(rep => sides.Select(side => (Rep: rep, Side: side))).ToList();

        if (!isFirst)
        {
            timeline.Add(SegmentKind.Transition, exercise, sides[0], 1, options.TransitionSeconds, null,
                [new Cue(0, $"Next: {exercise.Name}{PositionHint(exercise)}.", CueKind.Transition)]);
        }

        var setup = SetupCues(exercise, sides[0]);
        timeline.Add(SegmentKind.Setup, exercise, sides[0], 1, Math.Max(options.SetupSeconds, setup.Duration), null, setup.Cues);

        for (var k = 0; k < holds.Count; k++)
        {
            var (rep, side) = holds[k];
            var amount = dose.AmountFor(side, options);
            var seconds = dose.SecondsFor(amount, options);
            var following = k + 1 < holds.Count ? holds[k + 1] : ((int Rep, Side? Side)?)null;
            var upNext = following is { } f ? (f.Side != side ? $"switch to the {SideName(f.Side)}" : exercise.IsHeld ? "release, then the next hold" : "a short rest, then the next round")
                : next is not null ? next.Name
                : "the end of the session";

            var block = holds.Take(k).Count(h => h.Side == side);
            var cues = dose.Unit == HoldUnit.Repetitions
                ? MovementCues(exercise, side, amount, block, upNext, caution)
                : HoldCues(exercise, side, seconds, What(exercise, dose, amount, seconds), holdNumber: k, upNext, caution);
            if (exercise.Kind == ExerciseKind.Rolling)
            {
                cues = RollingCues(exercise, side, cues, block);
            }

            timeline.Add(SegmentKind.Hold, exercise, side, rep, seconds, dose.Unit == HoldUnit.Breaths ? amount : null, cues,
                dose.Unit == HoldUnit.Repetitions ? amount : null);
            timeline.Add(SegmentKind.Release, exercise, side, rep, options.ReleaseSeconds, null, [new Cue(0, exercise.Kind switch
            {
                ExerciseKind.Dynamic => "Stop, and rest for a moment.",
                ExerciseKind.Rolling => "Come off the roller and rest.",
                _ => ReleaseText(exercise, side, otherSideNext: following is { } o && o.Side != side),
            }, CueKind.Release)]);

            if (following is not { } then)
            {
                continue;
            }

            if (sides.Length == 1 || (then.Rep != rep && (then.Side == side || !SideBySide(exercise))))
            {
                timeline.Add(SegmentKind.Rest, exercise, then.Side, then.Rep, options.RestSeconds, null, [new Cue(0, "Rest.", CueKind.Rest)]);
            }

            if (then.Side != side)
            {
                timeline.Add(SegmentKind.Switch, exercise, then.Side, then.Rep, options.SwitchSeconds, null,
                    [new Cue(0, $"Switch sides: {SideName(then.Side)}.", CueKind.Switch)]);
            }
        }
    }

    private static IEnumerable<string> NotesFor(Exercise exercise, ChosenDose dose, SessionOptions options)
    {
        if (dose.IsDefault && dose.Unit == HoldUnit.Repetitions)
        {
            yield return $"{exercise.Name}: the source gives no count; Limber plays {dose.Amount} repetitions{(exercise.IsOneSided ? " per side" : "")} at a steady pace, one every {DefaultDose.SecondsPerRepetition} seconds.";
        }
        else if (exercise.Kind == ExerciseKind.Rolling)
        {
            yield return $"{exercise.Name}: the source gives no time per area; Limber gives each {dose.Amount} seconds of slow rolling.";
        }
        else if (dose.IsDefault)
        {
            var words = exercise.Dosage.Note is { } note ? $" (it says \"{note}\")" : "";
            yield return $"{exercise.Name}: the source gives no number for the hold{words}; Limber uses {dose.RepsPerSide} holds of {dose.Amount} s per side, after the {DefaultDose.Basis}.";
        }

        if (options.TighterSide is { } tighter && exercise.IsOneSided && options.TighterExtra > 0 && dose.AmountFor(tighter, options) == dose.Amount)
        {
            yield return $"{exercise.Name}: no extra time on the {tighter.ToString().ToLowerInvariant()} side, because {dose.Range} {dose.Unit.ToString().ToLowerInvariant()} is the most the source states.";
        }
    }

    private static string SideName(Side? side) => side switch
    {
        Side.Left => "left side",
        Side.Right => "right side",
        _ => "both sides",
    };

    private static string PositionHint(Exercise exercise) => exercise.Position is { } p ? $" ({Words.Plain(p)})" : "";

    /// <summary>Collects segments back to back, so each start is the sum of the durations before it.</summary>
    private sealed class Builder
    {
        public List<Segment> Segments { get; } = [];

        public List<string> Notes { get; } = [];

        private int clock;

        /// <summary>Adds a segment; a zero-length one (no rest asked for) is left out.</summary>
        public void Add(SegmentKind kind, Exercise exercise, Side? side, int rep, int duration, int? breaths, IReadOnlyList<Cue> cues, int? repetitions = null)
        {
            if (duration <= 0)
            {
                return;
            }

            Segments.Add(new Segment(kind, exercise.Id, side, rep, clock, duration, breaths, [.. cues.Where(c => c.Offset < duration)], repetitions));
            clock += duration;
        }
    }
}
