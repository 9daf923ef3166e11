using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>One exercise of a plan: its dose, always inside the source's range, and why it is there in one line.</summary>
public sealed record PlanItem(Exercise Exercise, DoseOverride Dose, string Reason);
