namespace Limber.Cli.Sessions;

/// <param name="Lateness">For each cue, how many seconds after its scheduled time it was given.</param>
internal sealed record SessionOutcome(bool Finished, double ElapsedSeconds, IReadOnlyList<CompletedHold> Holds, IReadOnlyList<double> Lateness);
