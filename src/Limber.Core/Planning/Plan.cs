using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// A routine the planner built: exercises in the order to do them, each with its dose and the reason it was chosen.
/// </summary>
/// <param name="TotalSeconds">The length of the session this plan plays, exactly.</param>
/// <param name="Coverage">How much of the goal's weighted targets and use cases the plan covers, 0 to 1.</param>
public sealed record Plan(Goal Goal, IReadOnlyList<PlanItem> Items, int TotalSeconds, double Coverage)
{
    /// <summary>What the plan could not do and why, in plain words ("no hip flexor stretch fits in 5 minutes").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<SessionItem> ToSessionItems() => [.. Items.Select(i => new SessionItem(i.Exercise, i.Dose))];

    /// <summary>How many times the user moves from one position to another (supine to prone is one).</summary>
    public int PositionChanges => Items.Zip(Items.Skip(1)).Count(p => p.First.Exercise.Position != p.Second.Exercise.Position);
}
