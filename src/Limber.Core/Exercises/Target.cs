namespace Limber.Exercises;

/// <summary>A muscle or region a stretch works, in the words a user would use.</summary>
/// <param name="Id">The word content files use, e.g. <c>outer-hip</c>.</param>
/// <param name="Region">The body region the planner groups by: hips, back, trunk, legs, upper-body.</param>
/// <param name="DatasetMuscles">free-exercise-db muscle names that map to this target.</param>
public sealed record Target(string Id, string Label, string Region, string Description, IReadOnlyList<string> DatasetMuscles);
