using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>One exercise of a plan: its dose, always inside the source's range, and why it is there in one line.</summary>
public sealed record PlanItem(Exercise Exercise, DoseOverride Dose, string Reason)
{
    /// <summary>The dose in plain words: "hold 45 seconds, 3 times each side", "hold 5 breaths", "10 times each side".</summary>
    public string DoseText => ChosenDose.For(Exercise, DosePoint.Low, Dose).Describe(Exercise);
}
