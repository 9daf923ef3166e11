using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli.Sessions;

/// <summary>A hold the user went through to its end (or skipped past with next).</summary>
/// <param name="ActualSeconds">Session time spent in the hold; shorter than planned when skipped.</param>
internal sealed record CompletedHold(ExerciseId ExerciseId, Side? Side, int Rep, int PlannedSeconds, double ActualSeconds)
{
    /// <summary>
    /// The whole seconds held, as the log keeps them and the summary adds them up: a wait that wakes a little late
    /// at the hold's start makes 45 s measure 44.9, which is 45, not 44.
    /// </summary>
    public int HeldSeconds => (int)Math.Round(ActualSeconds, MidpointRounding.AwayFromZero);
}
