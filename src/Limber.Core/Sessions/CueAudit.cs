using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// Checks that a timeline says what the exercise's content says, at the moment and on the side it is true: cues
/// whose side words belong to the other side, release cues that are not a release step, steps never read.
/// </summary>
public static class CueAudit
{
    private static readonly string[] PlainReleases = [TimelineBuilder.DefaultReleaseText, "Stop, and rest for a moment.", "Come off the roller and rest."];

    /// <summary>Cues of <paramref name="exercise"/>'s segments that name the side the segment is not on.</summary>
    public static IReadOnlyList<string> WrongSides(Timeline timeline, Exercise exercise) =>
        [.. SegmentsOf(timeline, exercise).Where(s => s.Side is not null)
            .SelectMany(s => s.Cues.Where(c => c.Kind != CueKind.Next && !SideTrue(c.Text, exercise, s.Side!.Value)).Select(c => $"{s.Side} {s.Kind}: {c.Text}"))];

    /// <summary>Release cues that are neither a release step (or part of one) nor the plain "come out slowly".</summary>
    public static IReadOnlyList<string> ForeignReleases(Timeline timeline, Exercise exercise) =>
        [.. SegmentsOf(timeline, exercise).Where(s => s.Kind == SegmentKind.Release).SelectMany(s => s.Cues)
            .Where(c => !PlainReleases.Contains(c.Text) && !exercise.StepsFor(StepRole.Release).Any(step => Within(c.Text, step) || Within(MirroredText.Of(c.Text), step)))
            .Select(c => c.Text).Distinct()];

    /// <summary>The numbers (from 1) of the steps no cue reads, in full or in part.</summary>
    public static IReadOnlyList<int> UnplayedSteps(Timeline timeline, Exercise exercise)
    {
        var said = SegmentsOf(timeline, exercise).SelectMany(s => s.Cues).Select(c => c.Text).ToList();
        return [.. exercise.Steps.Select((step, i) => (step, i))
            .Where(p => !said.Any(text => Within(text, p.step) || Within(MirroredText.Of(text), p.step)))
            .Select(p => p.i + 1)];
    }

    private static IEnumerable<Segment> SegmentsOf(Timeline timeline, Exercise exercise) => timeline.Segments.Where(s => s.ExerciseId == exercise.Id);

    /// <summary>
    /// True when the text names no side, or names them as the content reads on <paramref name="side"/>: its own
    /// words when written for that side, mirrored when written for the other; the engine's own "left side" words
    /// must name this side.
    /// </summary>
    private static bool SideTrue(string text, Exercise exercise, Side side)
    {
        if (MirroredText.Of(text) == text)
        {
            return true;
        }

        var content = exercise.Steps.Concat(exercise.Mistakes).Concat(exercise.Tips).Concat(exercise.Breathing).ToList();
        if (content.Any(item => Within(text, MirroredText.For(item, exercise.StepsSide, side))))
        {
            return true;
        }

        var other = side == Side.Left ? Side.Right : Side.Left;
        if (content.Any(item => Within(text, MirroredText.For(item, exercise.StepsSide, other))))
        {
            return false;
        }

        var named = side == Side.Left ? "left side" : "right side";
        var wrong = side == Side.Left ? "right side" : "left side";
        return text.Contains(named, StringComparison.OrdinalIgnoreCase) && !text.Contains(wrong, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The cue is the step, or a clause of it ("Turn slowly back..." from "Stay here..., then turn slowly back...").</summary>
    private static bool Within(string cue, string step)
    {
        var core = cue.Trim().TrimEnd('.');
        core = core.StartsWith("Avoid: ", StringComparison.Ordinal) ? core["Avoid: ".Length..] : core;
        return core.Length >= Math.Min(12, step.Length) && step.Contains(core, StringComparison.OrdinalIgnoreCase);
    }
}
