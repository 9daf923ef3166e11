using Limber.Exercises;

namespace Limber.Cli;

/// <summary>The facts at the head of an exercise, in the same words in the terminal (<c>limber show</c>) and on its web page.</summary>
internal static class ExerciseFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(Exercise e)
    {
        List<(string, string)> rows =
        [
            ("Dose", e.Dosage.Describe()),
            ("Position", e.Position is { } p ? Words.Of(p) : "not stated"),
            ("Sides", Sides(e.Laterality)),
            ("Level", e.Level is { } l ? Words.Of(l) : "not stated"),
            ("Props", e.Equipment.Count > 0 ? string.Join(", ", e.Equipment) : "none (body weight)"),
            ("Targets", string.Join(", ", e.PrimaryTargets) + (e.SecondaryTargets.Count > 0 ? $"; also {string.Join(", ", e.SecondaryTargets)}" : "")),
        ];
        if (e.UseCases.Count > 0)
        {
            rows.Add(("Good for", string.Join(", ", e.UseCases.Select(Words.Of))));
        }

        return rows;
    }

    private static string Sides(Laterality laterality) => laterality switch
    {
        Laterality.Bilateral => "both at once",
        Laterality.Unilateral => "one side, then the other",
        _ => "back and forth between the sides",
    };
}
