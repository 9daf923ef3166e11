using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>One exercise of a session, with an optional dose of its own.</summary>
/// <param name="TighterSide">This exercise's tighter side, when its history says so; it overrides the session's.</param>
/// <param name="Caution">A cue given early in every hold of this exercise, such as "back off the range".</param>
public sealed record SessionItem(Exercise Exercise, DoseOverride? Dose = null, Side? TighterSide = null, string? Caution = null);
