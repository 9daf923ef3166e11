using Limber.Exercises;

namespace Limber.Cli;

/// <summary>
/// The facts at the head of an exercise, in the same words in the terminal (<c>limber show</c>) and on its web page.
/// A fact the source does not state (no position, no level) is left out rather than said to be missing.
/// </summary>
internal static class ExerciseFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(Exercise e)
    {
        List<(string, string)> rows = [("Dose", e.Dosage.Describe())];
        if (e.Position is { } position)
        {
            rows.Add(("Position", Words.Plain(position)));
        }

        rows.Add(("Sides", Sides(e.Laterality)));
        if (e.Kind is { } kind)
        {
            rows.Add(("Kind", Kind(kind)));
        }

        if (e.Partner == true)
        {
            rows.Add(("Partner", "needed: a second person holds or pushes"));
        }

        if (e.Level is { } level)
        {
            rows.Add(("Level", Words.Plain(level)));
        }

        rows.Add(("Props", e.Equipment.Count > 0 ? string.Join(", ", e.Equipment.Select(Words.PlainProp)) : "none (body weight)"));
        if (e.PrimaryTargets.Count > 0)
        {
            rows.Add(("Stretches", TargetsInWords(e)));
        }

        if (e.UseCases.Count > 0)
        {
            rows.Add(("Good for", string.Join(", ", e.UseCases.Select(Words.Plain))));
        }

        return rows;
    }

    /// <summary>"hip rotators; also lower back": the main targets, then those it reaches less.</summary>
    public static string TargetsInWords(Exercise e) =>
        string.Join(", ", e.PrimaryTargets.Select(Words.PlainTarget))
        + (e.SecondaryTargets.Count > 0 ? $"; also {string.Join(", ", e.SecondaryTargets.Select(Words.PlainTarget))}" : "");

    private static string Kind(ExerciseKind kind) => kind switch
    {
        ExerciseKind.Static => "a held stretch",
        ExerciseKind.Dynamic => "a movement, done at a steady pace",
        ExerciseKind.Rolling => "rolling on a foam roller, timed per area",
        _ => "a strength move, not a stretch (never in a plan)",
    };

    private static string Sides(Laterality laterality) => laterality switch
    {
        Laterality.Bilateral => "both at once",
        Laterality.Unilateral => "one side, then the other",
        _ => "back and forth between the sides",
    };
}
