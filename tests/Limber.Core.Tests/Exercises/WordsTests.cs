using Limber.Exercises;
using Shouldly;

namespace Limber.Core.Tests.Exercises;

public sealed class WordsTests
{
    [Fact]
    public void Enum_words_are_the_schemas()
    {
        Words.All<Position>().ShouldBe(["supine", "prone", "seated", "kneeling", "standing", "side-lying", "quadruped"]);
        Words.All<UseCase>().ShouldBe(["warm-up", "cool-down", "recovery", "mobility", "after-sitting", "after-lower-body", "daily"]);
        Words.All<Laterality>().ShouldBe(["bilateral", "unilateral", "alternating"]);
        Words.All<Level>().ShouldBe(["beginner", "intermediate", "advanced"]);
    }

    [Fact]
    public void Words_parse_back_to_their_value()
    {
        Words.TryParse<UseCase>("after-lower-body", out var use).ShouldBeTrue();
        use.ShouldBe(UseCase.AfterLowerBody);
        Words.TryParse<Position>("side lying", out _).ShouldBeFalse();
    }
}
