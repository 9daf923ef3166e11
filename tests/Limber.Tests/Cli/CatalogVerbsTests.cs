using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed class CatalogVerbsTests
{
    [Fact]
    public void List_shows_every_exercise_of_the_seed_articles()
    {
        var run = CliRun.Of("list");
        run.ExitCode.ShouldBe(0);
        foreach (var id in new[] { "hip-crossover-stretch", "lying-cross-over-lower-back-stretch", "lying-cross-over-knee-pull-down-stretch",
                     "supine-internal-rotation-stretch", "prone-internal-rotation-stretch", "restorative-supta-virasana", "seated-hip-stretch-opposite-leg-behind" })
        {
            run.Out.ShouldContain(id);
        }

        run.Out.ShouldContain($"{Repo.CatalogSize} exercises");
    }

    [Theory]
    [InlineData(new[] { "list", "--position", "prone" }, "prone-internal-rotation-stretch", "11 exercises")]
    [InlineData(new[] { "list", "--equipment", "strap" }, "it-band-and-glute-stretch", "9 exercises")]
    [InlineData(new[] { "list", "--use", "after-lower-body" }, "lying-cross-over-knee-pull-down-stretch", "1 exercise")]
    [InlineData(new[] { "list", "--target", "lower-back", "--level", "beginner" }, "lying-cross-over-knee-pull-down-stretch", "18 exercises")]
    public void List_filters_narrow_the_table(string[] args, string expectedId, string count)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain(expectedId);
        run.Out.ShouldContain(count);
    }

    [Fact]
    public void An_unknown_filter_value_is_a_one_line_user_error()
    {
        var run = CliRun.Of("list", "--position", "upside-down");
        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("limber: unknown position 'upside-down' (choose one of: supine, prone, seated, kneeling, standing, side-lying, quadruped)");
    }

    [Fact]
    public void Show_prints_the_whole_exercise()
    {
        var run = CliRun.Of("show", "hip-crossover-stretch");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Hip Crossover Stretch");
        run.Out.ShouldContain("hold 30 to 60 seconds, 3 times on each side");
        run.Out.ShouldContain("10. Go through the whole drill 3 times on each side.");
        run.Out.ShouldContain("Mistakes to avoid");
        run.Out.ShouldContain("Holding your breath.");
        run.Out.ShouldContain("Safety: stop signs");
        run.Out.ShouldContain("Stop at sharp pain, pinching, or pain in the knee or any joint.");
        run.Out.ShouldContain("Source: Hip Crossover Stretches\n");
    }

    [Fact]
    public void Show_lists_questions_tips_and_modifications()
    {
        var run = CliRun.Of("show", "seated-hip-stretch-opposite-leg-behind");
        run.Out.ShouldContain("Q: What if I cannot reach my foot?");
        run.Out.ShouldContain("Tips");
        run.Out.ShouldContain("Strap around the foot (regression)");
        run.Out.ShouldContain("hold 1 to 2 breaths (a smooth breath or two)");
    }

    [Fact]
    public void An_unknown_id_suggests_the_closest_ids()
    {
        var run = CliRun.Of("show", "hip-crosover");
        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("limber: no exercise with id 'hip-crosover'; did you mean lying-crossover, hip-crossover-stretch, crossover-reverse-lunge?");
        run.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("reclined hero", "restorative-supta-virasana")]
    [InlineData("recliend hero", "restorative-supta-virasana")]
    [InlineData("prone rotation", "prone-internal-rotation-stretch")]
    [InlineData("opposite leg", "seated-hip-stretch-opposite-leg-behind")]
    public void Search_ranks_the_best_match_first(string query, string expectedFirst)
    {
        var run = CliRun.Of(["search", .. query.Split(' ')]);
        run.ExitCode.ShouldBe(0);
        var firstRow = run.Out.Split('\n').First(l => l.Contains("│ 1 ", StringComparison.Ordinal));
        firstRow.ShouldContain(expectedFirst);
    }

    [Fact]
    public void Search_with_no_match_says_so() =>
        CliRun.Of("search", "trapeze").Out.ShouldContain("No exercise matches 'trapeze'");

    [Fact]
    public void Help_is_available_on_every_verb()
    {
        foreach (var verb in new[] { "list", "show", "search", "export", "validate" })
        {
            var run = CliRun.Of(verb, "--help");
            run.ExitCode.ShouldBe(0);
            run.Out.ShouldContain("Usage:");
        }
    }
}
