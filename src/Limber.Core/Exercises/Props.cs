namespace Limber.Exercises;

/// <summary>The props Limber knows by name; content files use exactly these words.</summary>
public static class Props
{
    public static IReadOnlyList<string> Known { get; } =
        ["mat", "strap", "bolster", "blanket", "pillow", "block", "chair", "wall", "foam-roller", "band", "exercise-ball", "other"];

    public static bool IsKnown(string prop) => Known.Contains(prop);
}
