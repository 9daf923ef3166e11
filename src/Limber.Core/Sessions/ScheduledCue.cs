namespace Limber.Sessions;

/// <param name="At">Seconds from the session's start.</param>
/// <param name="SegmentIndex">The segment the cue belongs to.</param>
public sealed record ScheduledCue(double At, int SegmentIndex, Cue Cue);
