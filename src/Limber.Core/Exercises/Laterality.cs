namespace Limber.Exercises;

/// <summary>How the sides are worked.</summary>
public enum Laterality
{
    /// <summary>Both sides at once: one hold covers both.</summary>
    Bilateral,

    /// <summary>One side, then the other, round after round as the source says.</summary>
    Unilateral,

    /// <summary>Back and forth between the sides every hold.</summary>
    Alternating,
}
