namespace Limber.Exercises;

/// <summary>Limber's own stop signs, shown with every exercise whatever its source says, after the source's own.</summary>
public static class StopSigns
{
    public static IReadOnlyList<string> General { get; } =
    [
        "Stop at sharp pain, pinching, or pain in the knee or any joint.",
        "A stretch should feel like a pull in the muscle, never pain. Limber gives no diagnosis: if pain persists, see a professional.",
    ];

    /// <summary>The source's stop signs, then Limber's.</summary>
    public static IReadOnlyList<string> For(Exercise exercise) => [.. exercise.Safety, .. General];
}
