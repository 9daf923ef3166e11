using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>The cues of a movement's block: counted aloud like a coach, not timed like a hold.</summary>
public static partial class TimelineBuilder
{
    /// <summary>
    /// "Ankle Circles, left side: 10 times, at a steady pace." then the count at each repetition, from five before
    /// the end what is left ("5 more", "4 more"...; in blocks of 8 or more), and "last one". No 3-2-1: the count
    /// already says how far along it is.
    /// </summary>
    private static IReadOnlyList<Cue> MovementCues(Exercise exercise, Side? side, int repetitions, int block, string upNext, string? caution)
    {
        var cues = new List<Cue> { new(0, $"{exercise.Name}, {SideName(side)}: {repetitions} times, at a steady pace.", CueKind.HoldStart) };

        // The first block of each side talks the movement through while it is done, as a coach would; the count
        // takes over once the words are said, and never speaks over them.
        var (talk, talking) = block == 0 ? TalkThrough(exercise, side) : ([], 0);
        cues.AddRange(talk);

        for (var done = 1; done < repetitions; done++)
        {
            var left = repetitions - done;
            var at = done * DefaultDose.SecondsPerRepetition;
            var text = left == 1 ? "Last one." : left <= 5 && repetitions >= 8 ? $"{left} more." : $"{done + 1}";
            if (at >= talking)
            {
                cues.Add(new Cue(at, text, CueKind.Count));
            }
        }

        if (caution is not null)
        {
            cues.Add(new Cue(1, caution, CueKind.Form));
        }

        var end = repetitions * DefaultDose.SecondsPerRepetition;
        if (end >= 6)
        {
            cues.Add(new Cue(end - 1, $"Next: {upNext}.", CueKind.Next));
        }

        return [.. cues.OrderBy(c => c.Offset)];
    }

    /// <summary>
    /// The steps read before the first hold or movement: up to the hold step for a held stretch; up to the step
    /// that sets the starting position for a movement or a roll (the rest describe the movement, read while it
    /// is done), or the first step when none says so.
    /// </summary>
    internal static int SetupStepCount(Exercise exercise)
    {
        if (exercise.IsHeld)
        {
            return Math.Max(1, HoldStepIndex(exercise));
        }

        var start = StartPositionSteps(exercise);
        return TalkSeconds(exercise.Steps.Skip(start)) <= ShortestBlock(exercise) - (2 * DefaultDose.SecondsPerRepetition) ? start : exercise.Steps.Count;
    }

    /// <summary>The steps up to the one that sets the starting position ("This will be your starting position"), else the first.</summary>
    private static int StartPositionSteps(Exercise exercise)
    {
        var start = exercise.Steps.ToList().FindIndex(s => s.Contains("starting position", StringComparison.OrdinalIgnoreCase) || s.Contains("start position", StringComparison.OrdinalIgnoreCase));
        return start < 0 ? 1 : start + 1;
    }

    /// <summary>
    /// The shortest block any dose of this exercise plays: the talk-through must end with time for the count
    /// after it, or the steps are read in setup instead and never cut off.
    /// </summary>
    private static int ShortestBlock(Exercise exercise)
    {
        var low = ChosenDose.For(exercise, DosePoint.Low);
        return low.SecondsFor((int)Math.Max(1, Math.Ceiling(low.Range.Min)), SessionOptions.Default);
    }

    /// <summary>When the last of <paramref name="steps"/> is said, read from 3 seconds in at the speaking pace.</summary>
    private static double TalkSeconds(IEnumerable<string> steps) =>
        steps.Aggregate(3.0, (at, step) => at + ReadingSeconds(step));

    /// <summary>The steps after the setup, as cues from 3 seconds in (mirrored on the other side), and when the last is said.</summary>
    private static (IReadOnlyList<Cue> Cues, double End) TalkThrough(Exercise exercise, Side? side)
    {
        var cues = new List<Cue>();
        double at = 3;
        foreach (var step in exercise.Steps.Skip(SetupStepCount(exercise)))
        {
            cues.Add(new Cue(Math.Round(at), MirroredText.For(step, exercise.StepsSide, side), CueKind.Setup));
            at += ReadingSeconds(step);
        }

        return (cues, cues.Count == 0 ? 0 : at);
    }

    /// <summary>A roll's first block on each side talks it through; the hold's own cues keep clear of the words.</summary>
    private static IReadOnlyList<Cue> RollingCues(Exercise exercise, Side? side, IReadOnlyList<Cue> holdCues, int block)
    {
        if (block > 0)
        {
            return holdCues;
        }

        var (talk, end) = TalkThrough(exercise, side);
        return [.. holdCues.Where(c => c.Kind is not (CueKind.Breathing or CueKind.Form) || c.Offset >= end).Concat(talk).OrderBy(c => c.Offset)];
    }

    /// <summary>What the hold start says the user does: "hold 30 seconds", "hold 5 breaths", "roll slowly for 45 seconds".</summary>
    private static string What(Exercise exercise, ChosenDose dose, int amount, int seconds) => exercise.Kind switch
    {
        _ when dose.Unit == HoldUnit.Breaths => $"hold {amount} breath{(amount == 1 ? "" : "s")}",
        ExerciseKind.Rolling => $"roll slowly for {seconds} seconds, pausing on tender spots",
        ExerciseKind.Dynamic => $"keep moving for {seconds} seconds",
        _ => $"hold {seconds} seconds",
    };
}
