using FsCheck.Xunit;
using Limber.Exercises;
using Shouldly;

namespace Limber.Core.Tests.Exercises;

public sealed class DoseRangeTests
{
    [Fact]
    public void A_top_below_the_bottom_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DoseRange(60, 30));

    [Fact]
    public void A_negative_dose_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new DoseRange(-1, 5));

    [Theory]
    [InlineData(DosePoint.Low, 30)]
    [InlineData(DosePoint.Middle, 45)]
    [InlineData(DosePoint.High, 60)]
    public void Pick_takes_the_asked_end(DosePoint point, double expected) =>
        new DoseRange(30, 60).Pick(point).ShouldBe(expected);

    [Fact]
    public void An_open_ended_dose_never_goes_past_its_stated_bottom() =>
        new DoseRange(20, null).Pick(DosePoint.High).ShouldBe(20);

    [Theory]
    [InlineData(30, 60.0, "30 to 60")]
    [InlineData(30, 30.0, "30")]
    [InlineData(20, null, "20 or more")]
    [InlineData(1.5, 2.0, "1.5 to 2")]
    public void Reads_as_the_source_says_it(double min, double? max, string expected) =>
        new DoseRange(min, max).ToString().ShouldBe(expected);

    [Property]
    public bool Clamp_always_lands_inside(FsCheck.NonNegativeInt min, FsCheck.NonNegativeInt extra, int value)
    {
        var range = new DoseRange(min.Get, min.Get + extra.Get);
        return range.Contains(range.Clamp(value));
    }
}
