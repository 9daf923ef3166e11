using System.Net;

namespace Limber.Web.Tests.Api;

public sealed class PlansApiTests : InMemoryApp
{
    [Fact]
    public async Task A_plan_fits_the_time_and_gives_a_reason_per_exercise()
    {
        var response = await Json.PostAsync(Client, "/api/plans", new { goal = "hips", minutes = 6, avoid = new[] { "kneeling" } });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var plan = await Json.ReadAsync(response);
        ((string)plan["goal"]!).ShouldBe("hips");
        ((int)plan["totalSeconds"]!).ShouldBeInRange(6 * 60 * 9 / 10, 6 * 60 * 11 / 10);
        var items = plan["items"]!.AsArray();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => ((string)i!["reason"]!).Length > 0);
        items.Select(i => (string)i!["exerciseId"]!).ShouldNotContain("restorative-supta-virasana"); // kneeling
    }

    [Fact]
    public async Task Partner_stretches_only_when_someone_can_help_and_notes_say_what_is_missing()
    {
        var alone = await Json.ReadAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "glutes", minutes = 20, equipment = new[] { "none" } }));
        alone["items"]!.AsArray().Select(i => (string)i!["exerciseId"]!).ShouldNotContain("seated-glute"); // a partner braces the shoulders
        alone["notes"]!.AsArray().ShouldBeEmpty();
        var short_ = await Json.ReadAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "after-sitting", minutes = 2 }));
        ((string)short_["notes"]!.AsArray().Single()!).ShouldStartWith("No lower back stretch fits in 2 minutes");
    }

    [Fact]
    public async Task Bad_choices_are_400_problems_per_field()
    {
        var problem = await Json.ProblemAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "flying", minutes = 500, level = "guru", avoid = new[] { "handstand" }, equipment = new[] { "trampoline" } }), 400);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        fields.ShouldBe(["goal", "minutes", "level", "avoid", "equipment"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_plan_that_cannot_be_met_is_a_422_problem_saying_what_to_relax()
    {
        var every = new[] { "supine", "side-lying", "prone", "quadruped", "kneeling", "seated", "standing" };
        var problem = await Json.ProblemAsync(await Json.PostAsync(Client, "/api/plans", new { goal = "internal-rotation", minutes = 90, avoid = every }), 422);
        ((string)problem["detail"]!).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_goals_are_listed()
    {
        var goals = (await Json.ReadAsync(await Client.GetAsync("/api/goals"))).AsArray();
        goals.Select(g => (string)g!["id"]!).ShouldContain("lower-back");
    }
}
