namespace Limber.Progress;

/// <summary>A session as stored: when, how it ended, what it ran (its recipe, to rebuild the same timeline) and its holds.</summary>
/// <param name="Source">What the user asked for, in words: "routine internal-rotation-set", "hip-crossover-stretch".</param>
/// <param name="Recipe">The session's items and options as JSON; the same recipe rebuilds the same timeline.</param>
public sealed record LoggedSession(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    SessionStatus Status,
    string Source,
    string Recipe,
    IReadOnlyList<LoggedHold> Holds);
