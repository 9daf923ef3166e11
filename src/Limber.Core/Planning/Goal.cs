using Limber.Exercises;

namespace Limber.Planning;

/// <summary>
/// What a user wants a routine for ("lower back", "after sitting"), as data: the targets and use cases it values,
/// each with a weight. Goals live in <c>content/goals.yaml</c>.
/// </summary>
public sealed record Goal(
    string Id,
    string Name,
    string Description,
    IReadOnlyDictionary<string, double> Targets,
    IReadOnlyDictionary<UseCase, double> UseCases)
{
    /// <summary>
    /// The planner's search is exact, and its size grows threefold with each weighted target and twofold with each
    /// use case, so a goal keeps to a few of each.
    /// </summary>
    public const int MaxTargets = 6;

    public const int MaxUseCases = 3;

    public double TotalWeight => Targets.Values.Sum() + UseCases.Values.Sum();
}
