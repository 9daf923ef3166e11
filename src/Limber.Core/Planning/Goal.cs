using Limber.Exercises;

namespace Limber.Planning;

/// <summary>
/// What a user wants a routine for ("lower back", "after sitting"), as data: the targets and use cases it values,
/// each with a weight; the kinds of exercise it takes (held stretches for the stretching goals, movements for a
/// warm-up); and the targets a plan for it must stretch when the time allows (a hip-flexor stretch for the hips).
/// Goals live in <c>content/goals.yaml</c>.
/// </summary>
public sealed record Goal(
    string Id,
    string Name,
    string Description,
    IReadOnlyDictionary<string, double> Targets,
    IReadOnlyDictionary<UseCase, double> UseCases)
{
    /// <summary>The kinds of exercise a plan for this goal may use; held stretches unless the goal says otherwise.</summary>
    public IReadOnlySet<ExerciseKind> Kinds { get; init; } = new HashSet<ExerciseKind> { ExerciseKind.Static };

    /// <summary>Targets one of the plan's exercises must stretch most, in this order, when the time allows.</summary>
    public IReadOnlyList<string> MustInclude { get; init; } = [];

    /// <summary>
    /// The planner's search is exact, and its size grows threefold with each weighted target and twofold with each
    /// use case, so a goal keeps to a few of each.
    /// </summary>
    public const int MaxTargets = 6;

    public const int MaxUseCases = 3;

    public double TotalWeight => Targets.Values.Sum() + UseCases.Values.Sum();
}
