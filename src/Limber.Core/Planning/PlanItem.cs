using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>One exercise of a plan: its dose, always inside the source's range, and why it is there in one line.</summary>
public sealed record PlanItem(Exercise Exercise, DoseOverride Dose, string Reason)
{
    /// <summary>The dose in plain words: "hold 45 s, 3 times each side", "hold 5 breaths".</summary>
    public string DoseText
    {
        get
        {
            var hold = Dose.HoldBreaths is { } breaths ? $"hold {breaths} breath{(breaths == 1 ? "" : "s")}" : $"hold {Dose.HoldSeconds} s";
            var times = Dose.Reps switch
            {
                null when Exercise.Dosage.Reps is { } stated => $", {stated} times in all",
                null or 1 when !Exercise.IsOneSided => "",
                null or 1 => ", once each side",
                { } n when Exercise.IsOneSided => $", {n} times each side",
                { } n => $", {n} times",
            };
            var basis = Exercise.Dosage.Hold is null ? " (Limber's default: the source gives no number)" : "";
            return hold + times + basis;
        }
    }
}
