using System.Text.Json;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed class PlanCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-plan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_plan_prints_one_why_line_per_exercise_and_fits_the_time()
    {
        var run = CliRun.Of("plan", "--goal", "lower-back", "--minutes", "10", "--level", "beginner");
        run.ExitCode.ShouldBe(0);
        var exercises = run.Out.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*\d+\. "));
        exercises.ShouldBeGreaterThan(1);
        run.Out.Split('\n').Count(l => l.TrimStart().StartsWith("why: ", StringComparison.Ordinal)).ShouldBe(exercises);
        run.Out.ShouldContain("1. Hip Crossover Stretch (hip-crossover-stretch)");
        run.Out.ShouldContain("of 10 minutes asked");
    }

    [Fact]
    public void Json_has_items_with_id_dose_and_reason_and_the_total()
    {
        var run = CliRun.Of("plan", "--goal", "hips", "--minutes", "20", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => i.GetProperty("exerciseId").GetString()!.Length > 0 && i.GetProperty("reason").GetString()!.Length > 0 && i.GetProperty("dose").ValueKind == JsonValueKind.Object);
        json.RootElement.GetProperty("totalSeconds").GetInt32().ShouldBeInRange(1080, 1320);
    }

    [Fact]
    public void A_saved_plan_runs_as_the_session_it_promised()
    {
        var path = Path.Combine(folder, "plan.json");
        var plan = CliRun.Of("plan", "--goal", "after-sitting", "--minutes", "15", "--out", path);
        plan.ExitCode.ShouldBe(0);
        plan.Error.ShouldContain($"limber session --plan {path}");
        using var saved = JsonDocument.Parse(File.ReadAllText(path));

        var session = CliRun.Of("session", "--plan", path, "--dry-run", "--format", "json");
        session.ExitCode.ShouldBe(0);
        using var timeline = JsonDocument.Parse(session.Out);
        timeline.RootElement.GetProperty("totalSeconds").GetInt32().ShouldBe(saved.RootElement.GetProperty("totalSeconds").GetInt32());
        timeline.RootElement.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("exerciseId").GetString()).Distinct()
            .ShouldBe(saved.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("exerciseId").GetString()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan() =>
        CliRun.Of("plan", "--goal", "glutes", "--minutes", "12", "--seed", "4").Out.ShouldBe(CliRun.Of("plan", "--goal", "glutes", "--minutes", "12", "--seed", "4").Out);

    [Fact]
    public void List_goals_shows_each_goal_and_its_weights()
    {
        var run = CliRun.Of("plan", "--list-goals");
        run.Out.ShouldContain("after-sitting");
        run.Out.ShouldContain("weighs: hip flexors 2, lower back 2");
    }

    [Theory]
    [InlineData(new[] { "plan" }, "limber: name a goal with --goal (one of: lower-back, hips,")]
    [InlineData(new[] { "plan", "--goal", "neck" }, "limber: unknown goal 'neck'")]
    [InlineData(new[] { "plan", "--goal", "hips", "--minutes", "1" }, "limber: --minutes must be between 2 and 90, not 1")]
    [InlineData(new[] { "plan", "--goal", "hips", "--avoid", "upside-down" }, "limber: unknown position 'upside-down'")]
    [InlineData(new[] { "plan", "--goal", "hips", "--equipment", "sofa" }, "limber: unknown prop 'sofa'")]
    [InlineData(new[] { "plan", "--goal", "hips", "--exclude", "hip-crosover" }, "limber: no exercise with id 'hip-crosover'; did you mean lying-crossover, hip-crossover-stretch, crossover-reverse-lunge?")]
    [InlineData(new[] { "plan", "--goal", "internal-rotation", "--avoid", "supine,prone,kneeling,seated,standing,side-lying,quadruped", "--minutes", "90" }, "limber: no exercise is left for the internal rotation goal: --avoid left out 30, --partner left out 6; relax --avoid, or add --partner when someone can help")]
    [InlineData(new[] { "session", "--plan", "/nonexistent/plan.json" }, "limber: no plan file at /nonexistent/plan.json")]
    public void A_request_that_cannot_be_met_is_one_line_and_exit_code_1(string[] args, string message)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(1);
        run.Error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith(message);
    }

    [Fact]
    public void A_broken_plan_file_names_the_file_and_line()
    {
        var path = Path.Combine(folder, "broken.json");
        File.WriteAllText(path, "{\n  \"items\": [\n    { \"exerciseId\": \"hip-crossover-stretch\", }\n    oops\n  ]\n}\n");
        var run = CliRun.Of("session", "--plan", path, "--dry-run");
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"limber: the plan cannot run: {path}:4: malformed JSON");
    }
}
