using Limber.Catalog;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Planning;

/// <summary>
/// Every plan the shipped catalog gives, for every goal, length and option a person can pick, checked against the
/// coaching rules (docs/coaching.md): what a physiotherapist would check before handing it out.
/// </summary>
public sealed class ShippedPlanTests
{
    private static readonly Planner Planner = new(new ExerciseCatalog(CatalogFolder.Load(Repo.Exercises).Catalog.Exercises));
    private static readonly IReadOnlyList<Goal> Goals = GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals;

    public static TheoryData<string, int> GoalsAndMinutes()
    {
        var data = new TheoryData<string, int>();
        foreach (var goal in GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals)
        {
            foreach (var minutes in new[] { 5, 10, 15, 20, 30 })
            {
                data.Add(goal.Id, minutes);
            }
        }

        return data;
    }

    private static IEnumerable<(PlanRequest Request, Plan? Plan, string? Refusal)> Plans(string goalId, int minutes)
    {
        var goal = Goals.Single(g => g.Id == goalId);
        foreach (var props in new IReadOnlySet<string>?[] { null, new HashSet<string>(), Props.Known.ToHashSet() })
        {
            foreach (var partner in new[] { false, true })
            {
                foreach (var level in new Level?[] { null, Level.Beginner })
                {
                    var request = new PlanRequest(goal, minutes, level, Equipment: props, Partner: partner);
                    Plan? plan = null;
                    string? refusal = null;
                    try
                    {
                        plan = Planner.Plan(request);
                    }
                    catch (PlanImpossibleException e)
                    {
                        refusal = e.Message;
                    }

                    yield return (request, plan, refusal);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(GoalsAndMinutes))]
    public void Every_plan_is_one_a_physiotherapist_would_hand_out(string goal, int minutes)
    {
        foreach (var (request, plan, refusal) in Plans(goal, minutes))
        {
            var what = $"{goal}, {minutes} min, props {(request.Equipment is null ? "usual" : string.Join("+", request.Equipment))}, partner {request.Partner}, level {request.Level}";
            if (plan is null)
            {
                // Only the warm-up, whose movements need props more often, may run out of exercises, and it says so.
                goal.ShouldBe("warm-up", $"{what}: {refusal}");
                refusal.ShouldNotBeNull().ShouldContain("minutes or fewer");
                continue;
            }

            var timeline = TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default);
            foreach (var item in plan.Items)
            {
                var e = item.Exercise;
                e.Kind.ShouldNotBe(ExerciseKind.Strength, what);
                request.Goal.Kinds.ShouldContain(e.Kind!.Value, $"{what}: {e.Id}");
                if (!request.Partner)
                {
                    e.Partner.ShouldNotBe(true, $"{what}: {e.Id}");
                }

                if (e.Kind == ExerciseKind.Rolling)
                {
                    request.Equipment.ShouldNotBeNull(what).ShouldContain("foam-roller", $"{what}: {e.Id}");
                }

                if (minutes >= 10 && e.Kind == ExerciseKind.Static)
                {
                    timeline.LeastSecondsOnASide(e.Id).ShouldBeGreaterThanOrEqualTo(30, $"{what}: {e.Id}");
                }

                CodeWords.In(item.Reason).ShouldBeEmpty($"{what}: a reason in the user's words, not ids: {item.Reason}");
            }

            if (minutes >= 10)
            {
                timeline.WorkShare.ShouldBeGreaterThanOrEqualTo(0.6, what);
            }

            foreach (var key in request.Goal.MustInclude)
            {
                (plan.Items.Any(i => i.Exercise.PrimaryTargets.Contains(key)) || plan.Notes.Any(n => n.Contains(Words.PlainTarget(key), StringComparison.Ordinal)))
                    .ShouldBeTrue($"{what}: {key}");
            }

            if (minutes >= 10)
            {
                request.Goal.MustInclude.ShouldAllBe(key => plan.Items.Any(i => i.Exercise.PrimaryTargets.Contains(key)), what);
            }
        }
    }

    [Theory]
    [InlineData("hips")]
    [InlineData("after-sitting")]
    public void A_plan_for_the_hips_or_after_sitting_has_a_hip_flexor_stretch(string goal)
    {
        foreach (var (_, plan, _) in Plans(goal, 10))
        {
            plan.ShouldNotBeNull().Items.ShouldContain(i => i.Exercise.PrimaryTargets.Contains("hip-flexors"));
        }
    }

    [Fact]
    public void A_short_plan_that_cannot_hold_every_key_stretch_says_which_one_is_missing()
    {
        var plan = Planner.Plan(new PlanRequest(Goals.Single(g => g.Id == "after-sitting"), 2));
        plan.Items.ShouldHaveSingleItem().Exercise.PrimaryTargets.ShouldContain("hip-flexors");
        plan.Notes.ShouldHaveSingleItem().ShouldBe("No lower back stretch fits in 2 minutes with the others; ask for more time to include one.");
    }
}
