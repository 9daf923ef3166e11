using Limber.Content.Files;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Planning;

/// <summary>The planner on the seed catalog and the shipped goals: what a user gets today.</summary>
public sealed class SeedPlanTests
{
    private static readonly Planner Planner = new(new Limber.Catalog.ExerciseCatalog(CatalogFolder.Load(Repo.Exercises).Catalog.Exercises.Where(Repo.IsSeed)));
    private static readonly IReadOnlyList<Goal> Goals = GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals;

    private static Plan PlanFor(string goal, int minutes, Level? level = null, Position[]? avoid = null) =>
        Planner.Plan(new PlanRequest(Goals.Single(g => g.Id == goal), minutes, level, avoid?.ToHashSet()));

    [Fact]
    public void Ten_minutes_for_the_lower_back_starts_with_the_article_that_targets_it()
    {
        var plan = PlanFor("lower-back", 10, Level.Beginner);
        plan.TotalSeconds.ShouldBeInRange(540, 660);
        plan.Items[0].Exercise.Id.Value.ShouldBe("hip-crossover-stretch"); // seed 000: obliques, outer hip and low back
        plan.Items.ShouldAllBe(i => i.Reason.Length > 0);
        plan.Coverage.ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void Lying_work_comes_first_then_prone_then_kneeling_and_seated()
    {
        var plan = PlanFor("hips", 40);
        var order = plan.Items.Select(i => i.Exercise.Position!.Value).Distinct().ToList();
        order.ShouldBe(order.OrderBy(p => p switch { Position.Supine => 0, Position.Prone => 1, _ => 2 }));
        plan.PositionChanges.ShouldBe(order.Count - 1);
    }

    [Fact]
    public void Avoiding_prone_and_kneeling_keeps_to_the_other_positions() =>
        PlanFor("internal-rotation", 15, avoid: [Position.Prone, Position.Kneeling]).Items
            .ShouldAllBe(i => i.Exercise.Position != Position.Prone && i.Exercise.Position != Position.Kneeling);

    [Theory]
    [InlineData("lower-back")]
    [InlineData("hips")]
    [InlineData("glutes")]
    [InlineData("internal-rotation")]
    [InlineData("after-sitting")]
    [InlineData("after-lower-body")]
    [InlineData("cool-down")] // not warm-up: it takes movements, and the seven seeds are all held stretches
    public void Every_goal_plans_a_session_the_engine_plays_as_planned(string goal)
    {
        var plan = PlanFor(goal, 12);
        TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default).TotalSeconds.ShouldBe(plan.TotalSeconds);
        plan.TotalSeconds.ShouldBeInRange(648, 792);
    }
}
