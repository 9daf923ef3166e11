using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>One exercise of a session, with an optional dose of its own.</summary>
public sealed record SessionItem(Exercise Exercise, DoseOverride? Dose = null);
