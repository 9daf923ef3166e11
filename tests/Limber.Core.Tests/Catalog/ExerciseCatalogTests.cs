using Limber.Catalog;
using Limber.Exercises;
using Shouldly;
using static Limber.Core.Tests.Catalog.CatalogFixtures;

namespace Limber.Core.Tests.Catalog;

public sealed class ExerciseCatalogTests
{
    private static readonly ExerciseCatalog Catalog = new(
    [
        Exercise("figure-four", "Figure Four Stretch", ["glutes", "hip-rotators"], position: Position.Supine, steps: ["Cross the ankle over the knee."]),
        Exercise("reclined-hero", "Restorative Supta Virasana", ["quadriceps"], aliases: ["Reclined Hero Pose"], position: Position.Kneeling),
        Exercise("cat-cow", "Cat Cow", ["lower-back"], position: Position.Quadruped, steps: ["Round the back, then let the belly drop toward the hips."]),
    ]);

    [Fact]
    public void Exercises_are_listed_by_name() =>
        Catalog.Exercises.Select(e => e.Id.Value).ShouldBe(["cat-cow", "figure-four", "reclined-hero"]);

    [Fact]
    public void Two_exercises_cannot_share_an_id() =>
        Should.Throw<ArgumentException>(() => new ExerciseCatalog([Exercise("a", "A"), Exercise("a", "B")]));

    [Fact]
    public void Filters_narrow_by_position_and_target()
    {
        Catalog.Where(new ExerciseFilter(Position: Position.Quadruped)).Single().Id.Value.ShouldBe("cat-cow");
        Catalog.Where(new ExerciseFilter(Target: "glutes")).Single().Id.Value.ShouldBe("figure-four");
        Catalog.Where(new ExerciseFilter(Target: "glutes", Position: Position.Prone)).ShouldBeEmpty();
    }

    [Fact]
    public void Search_finds_an_exercise_by_its_alias() =>
        Catalog.Search("reclined hero").First().Exercise.Id.Value.ShouldBe("reclined-hero");

    [Fact]
    public void A_name_match_ranks_above_a_match_in_the_text()
    {
        // "hips" is in cat-cow's steps only; "hip" is the start of figure-four's target.
        var hits = Catalog.Search("back");
        hits.First().Exercise.Id.Value.ShouldBe("cat-cow");
    }

    [Theory]
    [InlineData("figrue")]
    [InlineData("figur")]
    [InlineData("strech")]
    public void Search_tolerates_one_typo(string query) =>
        Catalog.Search(query).Select(h => h.Exercise.Id.Value).ShouldContain("figure-four");

    [Fact]
    public void Every_query_word_must_match_somewhere() =>
        Catalog.Search("figure quadriceps").ShouldBeEmpty();

    [Fact]
    public void Two_typos_in_one_word_do_not_match() =>
        Catalog.Search("fgirue").ShouldBeEmpty();

    [Fact]
    public void An_unknown_id_suggests_the_closest_ones() =>
        Catalog.Closest("figure-for").First().Value.ShouldBe("figure-four");

    [Fact]
    public void Nothing_alike_suggests_nothing() =>
        Catalog.Closest("zzzzzzzz").ShouldBeEmpty();
}
