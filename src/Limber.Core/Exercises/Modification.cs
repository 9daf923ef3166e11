namespace Limber.Exercises;

/// <summary>A regression, progression or variation the source names, e.g. a pillow under the hips.</summary>
public sealed record Modification(string Name, string? Description = null, ModificationKind? Kind = null);
