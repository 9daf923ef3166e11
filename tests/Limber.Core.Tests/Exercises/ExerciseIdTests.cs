using Limber.Exercises;
using Shouldly;

namespace Limber.Core.Tests.Exercises;

public sealed class ExerciseIdTests
{
    [Theory]
    [InlineData("hip-crossover-stretch")]
    [InlineData("a1")]
    public void Slugs_are_accepted(string text) => ExerciseId.IsValid(text).ShouldBeTrue();

    [Theory]
    [InlineData("Hip-Crossover")]
    [InlineData("hip--crossover")]
    [InlineData("-hip")]
    [InlineData("hip crossover")]
    [InlineData("")]
    public void Anything_else_is_refused(string text)
    {
        ExerciseId.IsValid(text).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new ExerciseId(text));
    }

    [Fact]
    public void A_name_becomes_its_slug() =>
        ExerciseId.FromName("Restorative Supta Virasana (Reclined Hero)").Value.ShouldBe("restorative-supta-virasana-reclined-hero");
}
