using Limber.Content.Files;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>The terminal speaks in words, never the files' ids, seed file names or "not stated" (issue 14, item 6).</summary>
public sealed class PlainWordsTests
{
    public static TheoryData<string> Goals => [.. GoalFile.Load(Path.Combine(Repo.Root, "content")).Goals.Select(g => g.Id)];

    [Fact]
    public void Show_speaks_words_for_every_exercise()
    {
        var findings = CatalogFolder.Load(Repo.Exercises).Catalog.Exercises
            .SelectMany(e => CodeWords.In(Ran("show", e.Id.Value)).Select(f => $"{e.Id}: {f}"))
            .ToList();
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void Show_leaves_out_what_the_source_does_not_state_and_names_the_article()
    {
        var text = Ran("show", "restorative-supta-virasana");
        text.ShouldContain("Position   kneeling");
        text.ShouldContain("Stretches  hip rotators; also lower back");
        text.ShouldContain("Props      bolster, blanket, pillow");
        text.ShouldNotContain("Level");
        text.ShouldContain("alternative: Prone Internal Rotation Stretch (prone-internal-rotation-stretch)");
        text.ShouldContain("Source: List of the Best Internal Hip Rotation Stretches\n");
    }

    [Fact]
    public void List_speaks_words() => CodeWords.In(Ran("list")).ShouldBeEmpty();

    [Fact]
    public void List_shows_positions_in_words() => Ran("list", "--position", "side-lying").ShouldContain("lying on your side");

    [Fact]
    public void Search_speaks_words()
    {
        var text = Ran("search", "hip");
        text.ShouldContain("hip rotators");
        CodeWords.In(text).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Goals))]
    public void Plan_speaks_words(string goal) => CodeWords.In(Ran("plan", "--goal", goal, "--minutes", "10")).ShouldBeEmpty();

    private static string Ran(params string[] args)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Out;
    }
}
