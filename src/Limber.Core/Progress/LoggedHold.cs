using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Progress;

/// <summary>One completed hold as stored: what was planned, what was done, and how it felt (when rated).</summary>
public sealed record LoggedHold(
    ExerciseId Exercise,
    Side? Side,
    int Rep,
    int PlannedSeconds,
    int ActualSeconds,
    DateTimeOffset CompletedAt,
    Rating? Rating = null,
    RangeMeasure? Range = null,
    string? Note = null)
{
    /// <summary>The hold's place in its session's timeline: with the session's recipe, where to resume.</summary>
    public int SegmentIndex { get; init; }

    /// <summary>The session the hold belongs to (set when read back).</summary>
    public long SessionId { get; init; }
}
