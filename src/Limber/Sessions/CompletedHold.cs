using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli.Sessions;

/// <summary>A hold the user went through to its end (or skipped past with next).</summary>
/// <param name="ActualSeconds">Session time spent in the hold; shorter than planned when skipped.</param>
internal sealed record CompletedHold(ExerciseId ExerciseId, Side? Side, int Rep, int PlannedSeconds, double ActualSeconds);
