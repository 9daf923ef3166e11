using Limber.Content.Files;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Planning;

public sealed class GoalFileTests
{
    [Fact]
    public void The_shipped_goals_are_the_eight_the_planner_offers()
    {
        var (goals, problems) = GoalFile.Load(Path.Combine(Repo.Root, "content"));
        problems.ShouldBeEmpty();
        goals.Select(g => g.Id).ShouldBe(["lower-back", "hips", "glutes", "internal-rotation", "after-sitting", "after-lower-body", "warm-up", "cool-down"]);
        goals.Single(g => g.Id == "lower-back").Targets["lower-back"].ShouldBe(3);
        goals.Single(g => g.Id == "after-sitting").UseCases[UseCase.AfterSitting].ShouldBe(3);
    }

    [Theory]
    [InlineData("- id: g\n  name: G\n  targets: { lower-bak: 1 }\n", 3, "unknown target (see docs/targets.md): 'lower-bak'")]
    [InlineData("- id: g\n  name: G\n  targets: { glutes: lots }\n", 3, "'glutes' must be a number, not 'lots'")]
    [InlineData("- id: g\n  name: G\n  targets: { glutes: 1 }\n  mustInclude: [hip-flexors]\n", 4, "'mustInclude' names 'hip-flexors', which the goal does not weigh: add it to 'targets'")]
    [InlineData("- id: g\n  name: G\n  targets: { glutes: 1 }\n  kinds: [strength]\n", 4, "'kinds' lists static, dynamic or rolling (strength moves are never part of a stretching plan)")]
    [InlineData("- id: g\n  name: G\n  useCases: { gym: 1 }\n", 3, "unknown use case (one of: warm-up, cool-down, recovery, mobility, after-sitting, after-lower-body, daily): 'gym'")]
    [InlineData("- id: g\n  name: G\n", 1, "a goal needs at least one weighted target or use case")]
    [InlineData("- id: g\n  name: G\n  weights: {}\n  targets: { glutes: 1 }\n", 3, "unknown field 'weights' in a goal (known: id, name, description, targets, useCases, kinds, mustInclude)")]
    public void A_broken_goal_names_its_line_and_problem(string yaml, int line, string message)
    {
        var (goals, problems) = GoalFile.Read(yaml, "goals.yaml");
        goals.ShouldBeEmpty();
        problems.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Line.ShouldBe(line), p => p.Message.ShouldBe(message));
    }

    [Fact]
    public void A_goal_weighing_too_many_targets_is_refused() =>
        GoalFile.Read("- id: g\n  name: G\n  targets: { glutes: 1, outer-hip: 1, hip-rotators: 1, hip-flexors: 1, adductors: 1, lower-back: 1, obliques: 1 }\n", "goals.yaml")
            .Problems.ShouldHaveSingleItem().Message.ShouldStartWith("a goal weighs at most 6 targets and 3 use cases");
}
