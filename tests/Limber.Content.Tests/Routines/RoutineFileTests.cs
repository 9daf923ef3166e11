using Limber.Content.Files;
using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Routines;

public sealed class RoutineFileTests
{
    private static readonly Limber.Catalog.ExerciseCatalog Catalog = CatalogFolder.Load(Repo.Exercises).Catalog;

    private static readonly (IReadOnlyList<Routine> Routines, IReadOnlyList<ContentProblem> Problems) Shipped =
        RoutineFolder.Load(Path.Combine(Repo.Root, "content", "routines"), Catalog);

    [Fact]
    public void The_shipped_routines_load_cleanly()
    {
        Shipped.Problems.ShouldBeEmpty();
        Shipped.Routines.Select(r => r.Id).ShouldBe(["gentle-hip-and-low-back-release", "internal-rotation-set", "post-leg-day-cool-down"]);
    }

    [Theory]
    [InlineData("gentle-hip-and-low-back-release")]
    [InlineData("internal-rotation-set")]
    [InlineData("post-leg-day-cool-down")]
    public void Each_shipped_routine_makes_a_valid_timeline(string id)
    {
        var routine = Shipped.Routines.Single(r => r.Id == id);
        var timeline = TimelineBuilder.Build(routine.ToSessionItems(Catalog), SessionOptions.Default);

        timeline.Segments.Select(s => s.ExerciseId).Distinct().ShouldBe(routine.Items.Select(i => i.ExerciseId));
        timeline.Segments.Zip(timeline.Segments.Skip(1)).ShouldAllBe(p => p.Second.Start == p.First.End);
        timeline.HoldCount.ShouldBeGreaterThan(0);
        routine.Basis.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_dose_override_reaches_the_timeline()
    {
        var routine = Shipped.Routines.Single(r => r.Id == "internal-rotation-set");
        var timeline = TimelineBuilder.Build(routine.ToSessionItems(Catalog), SessionOptions.Default);
        timeline.Segments.Count(s => s.Kind == SegmentKind.Hold && s.ExerciseId.Value == "supine-internal-rotation-stretch").ShouldBe(16);
    }

    [Fact]
    public void An_empty_routine_is_a_problem() =>
        RoutineFile.Read("id: empty\nname: Empty\nexercises: []\n", "empty.yaml").Problems
            .ShouldHaveSingleItem().Message.ShouldBe("a routine needs at least one exercise under 'exercises'");

    [Fact]
    public void A_fractional_dose_is_a_problem_with_its_line() =>
        RoutineFile.Read("name: R\nexercises:\n  - exercise: hip-crossover-stretch\n    holdSeconds: 30.5\n", "r.yaml").Problems
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.Line.ShouldBe(4), p => p.Message.ShouldContain("whole number"));

    [Fact]
    public void A_routine_naming_an_unknown_exercise_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("limber-routines-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "mine.yaml"), "name: Mine\nexercises:\n  - exercise: no-such-stretch\n");
            var (routines, problems) = RoutineFolder.Load(folder, Catalog);
            routines.ShouldBeEmpty();
            problems.ShouldHaveSingleItem().Message.ShouldBe("unknown exercise id 'no-such-stretch' in the routine");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
