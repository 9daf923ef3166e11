using Limber.Exercises;
using Limber.Sessions;
using Shouldly;

namespace Limber.Core.Tests.Sessions;

public sealed class DefaultDoseTests
{
    [Theory]
    [InlineData("a few seconds")]
    [InlineData("hold a few seconds, briefly")]
    [InlineData("Hold the stretch briefly")]
    [InlineData("a brief hold at the end")]
    [InlineData("a short hold")]
    [InlineData("a short, steady hold, until the hip eases a little")]
    [InlineData("pause for a moment")]
    public void Words_for_a_short_hold_cap_it_at_ten_seconds(string note)
    {
        DefaultDose.For(note).ShouldBe(new DoseRange(5, 10));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hold until you feel the muscle let go")]
    [InlineData("a slow 30-second count each time")]
    [InlineData("shortly after a warm-up")]
    public void Other_words_or_none_take_the_usual_ten_to_thirty_seconds(string? note)
    {
        DefaultDose.For(note).ShouldBe(new DoseRange(10, 30));
    }
}
