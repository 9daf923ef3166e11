using Limber.Exercises;
using Limber.Sessions;
using Shouldly;
using static Limber.Core.Tests.Sessions.SessionFixtures;

namespace Limber.Core.Tests.Sessions;

public sealed class TimelineBuilderTests
{
    private static Timeline Build(params Exercise[] exercises) => Build(SessionOptions.Default, exercises);

    private static Timeline Build(SessionOptions options, params Exercise[] exercises) =>
        TimelineBuilder.Build([.. exercises.Select(e => new SessionItem(e))], options);

    private static IEnumerable<Segment> Holds(Timeline t) => t.Segments.Where(s => s.Kind == SegmentKind.Hold);

    [Fact]
    public void Hip_crossover_goes_left_right_three_rounds()
    {
        var timeline = Build(HipCrossover);
        Holds(timeline).Select(h => (h.Side, h.Rep)).ShouldBe(
        [
            (Side.Left, 1), (Side.Right, 1), (Side.Left, 2), (Side.Right, 2), (Side.Left, 3), (Side.Right, 3),
        ]);
        Holds(timeline).ShouldAllBe(h => h.Duration == 45);
    }

    [Fact]
    public void One_exercise_runs_setup_then_hold_release_switch()
    {
        Build(HipCrossover).Segments.Take(5).Select(s => s.Kind).ShouldBe(
            [SegmentKind.Setup, SegmentKind.Hold, SegmentKind.Release, SegmentKind.Switch, SegmentKind.Hold]);
    }

    [Fact]
    public void Internal_rotation_goes_back_and_forth_with_a_30_second_count()
    {
        var holds = Holds(Build(new SessionOptions(Point: DosePoint.Low), InternalRotation)).ToList();
        holds.Count.ShouldBe(16);
        holds.ShouldAllBe(h => h.Duration == 30);
        holds.Select(h => h.Side).Distinct().Count().ShouldBe(2);
        holds.Zip(holds.Skip(1)).ShouldAllBe(pair => pair.First.Side != pair.Second.Side);
    }

    [Fact]
    public void Reclined_hero_is_one_two_sided_hold_counted_in_breaths()
    {
        var hold = Holds(Build(ReclinedHero)).ShouldHaveSingleItem();
        hold.Side.ShouldBeNull();
        hold.Breaths.ShouldBe(8);
        hold.Duration.ShouldBe(80);
    }

    [Fact]
    public void A_hold_without_a_number_says_it_uses_the_default()
    {
        var timeline = Build(FewSeconds);
        timeline.Notes.ShouldHaveSingleItem().ShouldContain("a few seconds");
        timeline.Notes[0].ShouldContain("ACSM");
        Holds(timeline).Count().ShouldBe(6);
    }

    [Fact]
    public void Extra_time_that_the_source_does_not_allow_is_explained()
    {
        var timeline = Build(new SessionOptions(TighterSide: Side.Left), InternalRotation);
        timeline.Notes.ShouldHaveSingleItem().ShouldContain("no extra time on the left side");
    }

    [Fact]
    public void The_tighter_side_holds_longer()
    {
        var holds = Holds(Build(new SessionOptions(TighterSide: Side.Right), HipCrossover)).ToList();
        holds.Where(h => h.Side == Side.Right).ShouldAllBe(h => h.Duration == 56);
        holds.Where(h => h.Side == Side.Left).ShouldAllBe(h => h.Duration == 45);
    }

    [Fact]
    public void Setup_cues_are_the_steps_before_the_hold()
    {
        var setup = Build(HipCrossover).Segments[0];
        setup.Kind.ShouldBe(SegmentKind.Setup);
        setup.Cues.Skip(1).Select(c => c.Text).ShouldBe(["Lie face up.", "Cross the ankle over the knee.", "Lower the legs to the floor."]);
    }

    [Fact]
    public void Hold_cues_come_from_the_content_and_the_clock()
    {
        var hold = Holds(Build(HipCrossover)).First();
        var cues = hold.Cues.ToDictionary(c => c.Offset, c => c.Text);
        cues[0].ShouldBe("crossover, left side: hold 45 seconds.");
        cues[3].ShouldBe("Keep breathing normally.");
        cues[15].ShouldBe("Avoid: letting the foot slide.");
        cues[22].ShouldBe("Halfway.");
        cues[40].ShouldBe("Next: switch to the right side.");
        (cues[42], cues[43], cues[44]).ShouldBe(("3", "2", "1"));
    }

    [Fact]
    public void The_release_says_how_the_source_comes_back() =>
        Build(HipCrossover).Segments[2].Cues.ShouldHaveSingleItem().Text.ShouldBe("Turn slowly back to the start.");

    [Fact]
    public void Short_holds_get_no_halfway_cue() =>
        Holds(Build(BreathOrTwo)).First().Cues.ShouldNotContain(c => c.Kind == CueKind.Halfway);

    [Fact]
    public void A_second_exercise_is_announced_by_a_transition()
    {
        var timeline = Build(HipCrossover, ReclinedHero);
        var transition = timeline.Segments.Single(s => s.Kind == SegmentKind.Transition);
        transition.ExerciseId.Value.ShouldBe("hero");
        transition.Cues[0].Text.ShouldBe("Next: hero.");
        Holds(timeline).Last(h => h.ExerciseId.Value == "crossover").Cues.ShouldContain(c => c.Text == "Next: hero.");
    }

    [Fact]
    public void Rest_between_rounds_is_added_only_when_asked()
    {
        Build(HipCrossover).Segments.ShouldNotContain(s => s.Kind == SegmentKind.Rest);
        Build(new SessionOptions(RestSeconds: 15), HipCrossover).Segments.Count(s => s.Kind == SegmentKind.Rest).ShouldBe(2);
    }

    [Fact]
    public void An_empty_session_is_refused() =>
        Should.Throw<InvalidSessionException>(() => Build()).Message.ShouldBe("a session needs at least one exercise");

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(40)]
    public void An_impossible_breathing_pace_is_refused(double pace) =>
        Should.Throw<InvalidSessionException>(() => Build(new SessionOptions(BreathsPerMinute: pace), ReclinedHero)).Message.ShouldContain("breathing pace");

    [Fact]
    public void Locate_finds_the_segment_and_the_offset_into_it()
    {
        var timeline = Build(HipCrossover);
        var setup = timeline.Segments[0].Duration;
        timeline.Locate(setup + 10).ShouldSatisfyAllConditions(
            at => at.Segment.Kind.ShouldBe(SegmentKind.Hold),
            at => at.Offset.ShouldBe(10),
            at => at.Remaining.ShouldBe(35));
        timeline.Locate(timeline.TotalSeconds + 5).IsFinished.ShouldBeTrue();
    }

    /// <summary>Written for the right, like the hip crossover article: the session starts on the left.</summary>
    private static readonly Exercise WrittenForTheRight = Make("written-right", Laterality.Alternating,
        new Dosage(new HoldDose.Seconds(DoseRange.Exactly(30)), DoseRange.Exactly(1), PerSide: true),
        steps: ["Lie on your back.", "Cross the right ankle over the left knee.", "Hold for 30 seconds.", "Bring the right knee back up."]) with { StepsSide = Side.Right };

    [Fact]
    public void Steps_written_for_the_other_side_are_read_mirrored()
    {
        var segments = Build(WrittenForTheRight).Segments;
        var setup = segments[0].Cues.Select(c => c.Text).ToList();
        setup.ShouldContain("Cross the left ankle over the right knee.");
        setup.ShouldNotContain(t => t.Contains("mirror", StringComparison.OrdinalIgnoreCase));
        segments.Where(s => s.Kind == SegmentKind.Release).Select(s => (s.Side, s.Cues.Single().Text)).ShouldBe(
            [(Side.Left, "Bring the left knee back up."), (Side.Right, "Bring the right knee back up.")]);
    }

    [Fact]
    public void Steps_written_for_the_first_side_are_read_as_written()
    {
        var segments = Build(WrittenForTheRight with { StepsSide = Side.Left }).Segments;
        segments[0].Cues.Select(c => c.Text).ShouldBe(["written-right: get into position, left side first.", "Lie on your back.", "Cross the right ankle over the left knee."]);
        segments.Where(s => s.Kind == SegmentKind.Release).Select(s => s.Cues.Single().Text).ShouldBe(
            ["Bring the right knee back up.", "Bring the left knee back up."]);
    }

    [Fact]
    public void Steps_that_name_no_side_are_read_as_written_on_both_sides()
    {
        var segments = Build(WrittenForTheRight with { StepsSide = null }).Segments;
        segments[0].Cues.Select(c => c.Text).ShouldContain("Cross the right ankle over the left knee.");
        segments.Where(s => s.Kind == SegmentKind.Release).ShouldAllBe(s => s.Cues.Single().Text == "Bring the right knee back up.");
    }
}
