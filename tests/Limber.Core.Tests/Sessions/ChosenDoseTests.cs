using Limber.Exercises;
using Limber.Sessions;
using Shouldly;
using static Limber.Core.Tests.Sessions.SessionFixtures;

namespace Limber.Core.Tests.Sessions;

public sealed class ChosenDoseTests
{
    [Theory]
    [InlineData(DosePoint.Low, 30)]
    [InlineData(DosePoint.Middle, 45)]
    [InlineData(DosePoint.High, 60)]
    public void The_hold_is_the_chosen_point_of_the_range(DosePoint point, int seconds)
    {
        var dose = ChosenDose.For(HipCrossover, point);
        dose.Amount.ShouldBe(seconds);
        dose.RepsPerSide.ShouldBe(3);
        dose.IsDefault.ShouldBeFalse();
    }

    [Fact]
    public void Beginners_start_at_the_low_end_and_others_in_the_middle()
    {
        new SessionOptions(Level: Level.Beginner).ChosenPoint.ShouldBe(DosePoint.Low);
        new SessionOptions(Level: Level.Intermediate).ChosenPoint.ShouldBe(DosePoint.Middle);
        SessionOptions.Default.ChosenPoint.ShouldBe(DosePoint.Middle);
    }

    [Fact]
    public void The_tighter_side_gets_a_quarter_more_up_to_the_top_of_the_range()
    {
        var options = new SessionOptions(TighterSide: Side.Right);
        ChosenDose.For(HipCrossover, DosePoint.Low).AmountFor(Side.Right, options).ShouldBe(38); // 30 * 1.25 = 37.5
        ChosenDose.For(HipCrossover, DosePoint.Middle).AmountFor(Side.Right, options).ShouldBe(56);
        ChosenDose.For(HipCrossover, DosePoint.High).AmountFor(Side.Right, options).ShouldBe(60);
        ChosenDose.For(HipCrossover, DosePoint.Middle).AmountFor(Side.Left, options).ShouldBe(45);
        ChosenDose.For(InternalRotation, DosePoint.Middle).AmountFor(Side.Right, options).ShouldBe(30); // the source states 30, no more
    }

    [Fact]
    public void Breath_holds_are_timed_at_the_breathing_pace()
    {
        var hero = ChosenDose.For(ReclinedHero, DosePoint.Middle);
        hero.Unit.ShouldBe(HoldUnit.Breaths);
        hero.Amount.ShouldBe(8); // 7.5 rounds up
        hero.SecondsFor(hero.Amount, SessionOptions.Default).ShouldBe(80); // six breaths a minute: ten seconds each
        hero.SecondsFor(hero.Amount, new SessionOptions(BreathsPerMinute: 12)).ShouldBe(40);
        ChosenDose.For(BreathOrTwo, DosePoint.Low).Amount.ShouldBe(1);
    }

    [Theory]
    [InlineData(DosePoint.Low, 10, 6)]
    [InlineData(DosePoint.Middle, 20, 3)]
    [InlineData(DosePoint.High, 30, 2)]
    public void A_hold_without_a_number_uses_the_documented_default_of_a_minute_per_side(DosePoint point, int seconds, int reps)
    {
        var dose = ChosenDose.For(FewSeconds, point);
        dose.IsDefault.ShouldBeTrue();
        (dose.Amount, dose.RepsPerSide).ShouldBe((seconds, reps));
        (dose.Amount * dose.RepsPerSide).ShouldBe(DefaultDose.SecondsPerSide);
    }

    [Fact]
    public void A_stated_hold_without_a_count_is_one_hold() => ChosenDose.For(ReclinedHero, DosePoint.Middle).RepsPerSide.ShouldBe(1);

    [Fact]
    public void An_override_inside_the_range_is_taken() =>
        ChosenDose.For(InternalRotation, DosePoint.Middle, new DoseOverride(Reps: 8)).RepsPerSide.ShouldBe(8);

    [Theory]
    [InlineData(90, null, null, "takes holds of 30 to 60 seconds, not 90")]
    [InlineData(null, 5, null, "is timed in seconds, not counted in breaths")]
    [InlineData(null, null, 0, "needs at least one hold")]
    [InlineData(null, null, 4, "takes 3 holds, not 4")]
    public void A_dose_the_exercise_cannot_take_is_refused(int? seconds, int? breaths, int? reps, string message) =>
        Should.Throw<InvalidSessionException>(() => ChosenDose.For(HipCrossover, DosePoint.Middle, new DoseOverride(seconds, breaths, reps)))
            .Message.ShouldContain(message);
}
