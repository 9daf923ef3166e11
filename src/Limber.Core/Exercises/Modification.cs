namespace Limber.Exercises;

/// <summary>A regression, progression or variation the source names, e.g. a pillow under the hips.</summary>
public sealed record Modification(string Name, string? Description = null, ModificationKind? Kind = null)
{
    /// <summary>
    /// The props only this modification uses (the pillow under the hips, the strap round a foot out of reach), in
    /// <see cref="Props.Known"/> words. They are not the exercise's <see cref="Exercise.Equipment"/>: a plan never
    /// leaves the exercise out for them, and offers the modification when they are at hand.
    /// </summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];
}
