namespace Limber.Exercises;

/// <summary>The props Limber knows by name; content files use exactly these words.</summary>
public static class Props
{
    public static IReadOnlyList<string> Known { get; } =
        ["mat", "strap", "bolster", "blanket", "pillow", "block", "chair", "wall", "foam-roller", "band", "exercise-ball", "other"];

    public static bool IsKnown(string prop) => Known.Contains(prop);

    /// <summary>
    /// What a home has when a person says nothing about props: a mat or a rug, pillows, a blanket, a towel or belt
    /// for a strap, a chair, a wall. Not a bolster, block, band, ball or foam roller.
    /// </summary>
    public static IReadOnlySet<string> Household { get; } = new HashSet<string> { "mat", "pillow", "blanket", "strap", "chair", "wall" };
}
