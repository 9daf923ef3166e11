using Limber.Core.Tests.Sessions;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Shouldly;

namespace Limber.Core.Tests.Progress;

public sealed class AdaptationTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 7, 0, 0, TimeSpan.Zero);

    private static readonly Exercise Crossover = SessionFixtures.HipCrossover with
    {
        Modifications = [new Modification("Smaller twist", "Lower the legs only part of the way.", ModificationKind.Regression)],
    };

    /// <summary>One session per (left tightness, right tightness, pain) triple, a day apart, holds of <paramref name="seconds"/>.</summary>
    private static List<LoggedHold> History(int seconds, params (int Left, int Right, int Pain)[] sessions) =>
        [.. sessions.SelectMany((s, day) => new[]
        {
            new LoggedHold(Crossover.Id, Side.Left, 1, seconds, seconds, Start.AddDays(day), new Rating(s.Left, s.Pain)) { SessionId = day + 1, SegmentIndex = 1 },
            new LoggedHold(Crossover.Id, Side.Right, 1, seconds, seconds, Start.AddDays(day).AddMinutes(1), new Rating(s.Right, 0)) { SessionId = day + 1, SegmentIndex = 4 },
        })];

    [Fact]
    public void A_side_two_points_tighter_over_three_sessions_gets_more_time()
    {
        var adjustments = Adaptation.For(Crossover, History(30, (7, 4, 1), (6, 4, 1), (7, 5, 1)));
        var asymmetry = adjustments.ShouldHaveSingleItem();
        asymmetry.TighterSide.ShouldBe(Side.Left);
        asymmetry.Reason.ShouldBe("Your left side rated 2.3 points tighter on average over the last 3 sessions: it gets 25% more hold time, up to the top of the source's range.");

        var timeline = TimelineBuilder.Build([Adaptation.Apply(new SessionItem(Crossover), adjustments)], SessionOptions.Default with { Point = DosePoint.Low });
        var holds = timeline.Segments.Where(s => s.Kind == SegmentKind.Hold).ToList();
        holds.Where(h => h.Side == Side.Left).ShouldAllBe(h => h.Duration == 38);
        holds.Where(h => h.Side == Side.Right).ShouldAllBe(h => h.Duration == 30);
    }

    [Fact]
    public void Sides_closer_than_two_points_stay_even() =>
        Adaptation.For(Crossover, History(30, (6, 5, 1), (6, 4, 1), (5, 4, 1))).ShouldBeEmpty();

    [Fact]
    public void Only_the_last_three_sessions_count_for_asymmetry() =>
        Adaptation.For(Crossover, History(30, (9, 1, 1), (9, 1, 1), (5, 5, 1), (5, 5, 1), (5, 5, 1))).ShouldBeEmpty();

    [Theory]
    [InlineData(4, false, "Last time pain 4/10: try the easier version, Smaller twist (Lower the legs only part of the way), or a smaller range.")]
    [InlineData(0, true, "Last time it pinched: try the easier version, Smaller twist (Lower the legs only part of the way), or a smaller range.")]
    [InlineData(8, false, "Last time pain 8/10: try the easier version, Smaller twist (Lower the legs only part of the way), or a smaller range. Pain that strong is a reason to see a physiotherapist or doctor first.")]
    public void Pain_or_a_pinch_last_time_offers_the_regression_and_a_back_off_cue(int pain, bool pinch, string reason)
    {
        var history = History(30, (5, 5, 0));
        history[0] = history[0] with { Rating = new Rating(5, pain, pinch) };
        var care = Adaptation.For(Crossover, history).ShouldHaveSingleItem();
        care.Reason.ShouldBe(reason);
        care.Offer!.Name.ShouldBe("Smaller twist");

        var timeline = TimelineBuilder.Build([Adaptation.Apply(new SessionItem(Crossover), [care])], SessionOptions.Default);
        timeline.Segments.Where(s => s.Kind == SegmentKind.Hold).ShouldAllBe(h => h.Cues.Any(c => c.Text == Adaptation.BackOffCue));
    }

    [Fact]
    public void Pain_below_four_without_a_pinch_changes_nothing() =>
        Adaptation.For(Crossover, History(30, (5, 5, 3))).ShouldBeEmpty();

    [Fact]
    public void Three_painless_sessions_with_falling_tightness_lengthen_the_hold()
    {
        var progression = Adaptation.For(Crossover, History(30, (6, 6, 0), (5, 5, 0), (4, 4, 0))).ShouldHaveSingleItem();
        progression.HoldSeconds.ShouldBe(38); // a quarter of the 30-60 s range up
        progression.Reason.ShouldBe("Three sessions without pain and tightness falling (6 → 5 → 4): holds of 38 s instead of 30 s (the source allows up to 60 s).");
        Adaptation.Apply(new SessionItem(Crossover), [progression]).Dose!.HoldSeconds.ShouldBe(38);
    }

    [Theory]
    [InlineData(55, 60)]
    [InlineData(60, null)]
    public void Progression_never_passes_the_top_of_the_source_range(int last, int? next) =>
        Adaptation.For(Crossover, History(last, (6, 6, 0), (5, 5, 0), (4, 4, 0))).FirstOrDefault()?.HoldSeconds.ShouldBe(next);

    [Fact]
    public void Tightness_that_does_not_fall_every_time_is_no_progression() =>
        Adaptation.For(Crossover, History(30, (6, 6, 0), (6, 6, 0), (4, 4, 0))).ShouldBeEmpty();

    [Fact]
    public void A_fixed_count_is_never_lengthened() =>
        Adaptation.For(SessionFixtures.InternalRotation, [.. History(30, (6, 6, 0), (5, 5, 0), (4, 4, 0)).Select(h => h with { Exercise = SessionFixtures.InternalRotation.Id })]).ShouldBeEmpty();

    [Fact]
    public void Unrated_holds_say_nothing() =>
        Adaptation.For(Crossover, [.. History(30, (9, 1, 8)).Select(h => h with { Rating = null })]).ShouldBeEmpty();

    [Theory]
    [InlineData(11, 0)]
    [InlineData(0, -1)]
    public void A_rating_outside_0_to_10_is_refused(int tightness, int pain) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Rating(tightness, pain));

    [Fact]
    public void Pain_seven_or_more_stops_the_exercise_in_the_session()
    {
        Adaptation.StopsTheExercise(new Rating(3, 7)).ShouldBeTrue();
        Adaptation.StopsTheExercise(new Rating(3, 6)).ShouldBeFalse();
        Adaptation.CallsForLessRange(new Rating(3, 0, pinch: true)).ShouldBeTrue();
    }
}
