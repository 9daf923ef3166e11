using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// One stretch of the session's time. <see cref="Start"/> is the sum of every duration before it, so the
/// timeline has no gaps; start inclusive, end exclusive.
/// </summary>
/// <param name="Rep">1-based: the round this segment belongs to.</param>
/// <param name="Breaths">For breath-counted holds, how many breaths the hold lasts.</param>
/// <param name="Repetitions">For a movement, how many times it is done in this block (a Hold segment of a movement).</param>
public sealed record Segment(
    SegmentKind Kind,
    ExerciseId ExerciseId,
    Side? Side,
    int Rep,
    int Start,
    int Duration,
    int? Breaths,
    IReadOnlyList<Cue> Cues,
    int? Repetitions = null)
{
    public int End => Start + Duration;
}
