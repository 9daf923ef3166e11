using Limber.Exercises;
using Limber.Sessions;
using Shouldly;

namespace Limber.Core.Tests.Sessions;

/// <summary>Movements played as counted repetitions and rolling timed per area, not as rows of holds.</summary>
public sealed class MovementTimelineTests
{
    /// <summary>Like free-exercise-db's 90/90 hamstring: "repeat for 10-20 repetitions, and then switch to the other leg".</summary>
    private static readonly Exercise LegExtensions = SessionFixtures.Make("leg-extensions", Laterality.Unilateral,
        new Dosage(Reps: new DoseRange(10, 20)),
        steps: ["Lie on your back, one leg straight.", "Bend the other hip and knee to 90 degrees. This will be your starting position.", "Straighten the leg into the air, then bring it back.", "Repeat for 10-20 repetitions, then switch legs."]) with { Kind = ExerciseKind.Dynamic };

    private static readonly Exercise Windmills = SessionFixtures.Make("windmills", Laterality.Alternating, new Dosage(Reps: new DoseRange(10, 20)),
        steps: ["Lie on your back, arms out. This will be your starting position.", "Cross one leg over toward the opposite hand, then the other."]) with { Kind = ExerciseKind.Dynamic };

    private static readonly Exercise HipCircles = SessionFixtures.Make("hip-circles", Laterality.Unilateral, new Dosage(Note: "no count given"),
        steps: ["Stand on one leg, holding a support.", "Circle the raised knee slowly."]) with { Kind = ExerciseKind.Dynamic };

    private static readonly Exercise RollTheOuterThigh = SessionFixtures.Make("roll", Laterality.Unilateral, new Dosage(new HoldDose.Seconds(new DoseRange(10, 30))),
        steps: ["Lie on your side on the roller. This will be your starting position.", "Roll from hip to knee, pausing 10-30 seconds on tender spots."]) with { Kind = ExerciseKind.Rolling };

    private static Timeline Build(Exercise exercise, DosePoint point = DosePoint.Low) =>
        TimelineBuilder.Build([new SessionItem(exercise)], SessionOptions.Default with { Point = point });

    private static List<Segment> Blocks(Timeline t) => [.. t.Segments.Where(s => s.Kind == SegmentKind.Hold)];

    [Fact]
    public void Ten_to_twenty_repetitions_then_switch_is_one_counted_block_per_side()
    {
        var blocks = Blocks(Build(LegExtensions, DosePoint.High));
        blocks.Select(b => b.Side).ShouldBe([Side.Left, Side.Right]);
        blocks.ShouldAllBe(b => b.Repetitions == 20 && b.Duration == 20 * DefaultDose.SecondsPerRepetition);
    }

    [Fact]
    public void The_block_is_counted_aloud_then_what_is_left_and_last_one()
    {
        var cues = Blocks(Build(HipCircles))[1].Cues; // the second round on the left: no talking through, only the count
        cues[0].Text.ShouldBe("hip-circles, left side: 10 times, at a steady pace.");
        cues.Where(c => c.Kind == CueKind.Count).Select(c => c.Text).ShouldBe(["2", "3", "4", "5", "5 more.", "4 more.", "3 more.", "2 more.", "Last one."]);
        cues.Where(c => c.Kind == CueKind.Count).Select(c => c.Offset).ShouldBe(Enumerable.Range(1, 9).Select(i => (double)i * DefaultDose.SecondsPerRepetition));
    }

    [Fact]
    public void The_first_block_talks_the_movement_through_before_the_count_takes_over()
    {
        var setup = Build(LegExtensions).Segments[0];
        setup.Cues.Select(c => c.Text).ShouldNotContain("Straighten the leg into the air, then bring it back.");
        var first = Blocks(Build(LegExtensions))[0].Cues;
        var talk = first.Single(c => c.Text == "Straighten the leg into the air, then bring it back.");
        talk.Kind.ShouldBe(CueKind.Setup);
        first.Where(c => c.Kind == CueKind.Count && c.Text.All(char.IsDigit)).ShouldAllBe(c => c.Offset > talk.Offset);
    }

    [Fact]
    public void A_movement_back_and_forth_between_the_sides_is_one_block()
    {
        var t = Build(Windmills);
        Blocks(t).ShouldHaveSingleItem().Side.ShouldBeNull();
        t.Segments.ShouldNotContain(s => s.Kind == SegmentKind.Switch);
    }

    [Fact]
    public void A_movement_with_no_count_plays_the_usual_ten_twice_a_side_and_says_so()
    {
        var t = Build(HipCircles);
        Blocks(t).Select(b => (b.Side, b.Repetitions)).ShouldBe([(Side.Left, 10), (Side.Left, 10), (Side.Right, 10), (Side.Right, 10)]);
        t.Notes.ShouldHaveSingleItem().ShouldContain("the source gives no count");
    }

    [Fact]
    public void Rolling_is_a_timed_block_per_area_not_the_source_pauses()
    {
        var t = Build(RollTheOuterThigh);
        var blocks = Blocks(t);
        blocks.Select(b => b.Side).ShouldBe([Side.Left, Side.Right]);
        blocks.ShouldAllBe(b => b.Duration == 30 && b.Repetitions == null);
        blocks[0].Cues[0].Text.ShouldBe("roll, left side: roll slowly for 30 seconds, pausing on tender spots.");
        t.Notes.ShouldHaveSingleItem().ShouldContain("no time per area");
    }

    [Fact]
    public void A_movement_dose_outside_the_source_count_is_refused() =>
        Should.Throw<InvalidSessionException>(() => ChosenDose.For(LegExtensions, DosePoint.Low, new DoseOverride(Reps: 30))).Message.ShouldContain("takes 10 to 20 repetitions");

    [Fact]
    public void The_timing_the_planner_uses_is_the_timeline()
    {
        foreach (var exercise in new[] { LegExtensions, Windmills, HipCircles, RollTheOuterThigh })
        {
            var dose = ChosenDose.For(exercise, DosePoint.Middle);
            var t = TimelineBuilder.Build([new SessionItem(exercise)], SessionOptions.Default);
            (TimelineBuilder.SetupSecondsFor(exercise, SessionOptions.Default) + TimelineBuilder.HoldingSecondsFor(exercise, dose, SessionOptions.Default)).ShouldBe(t.TotalSeconds, exercise.Id.Value);
        }
    }

    [Fact]
    public void Steps_too_long_to_say_during_the_shortest_block_are_read_in_setup_and_never_cut_off()
    {
        var longSteps = LegExtensions with
        {
            Dosage = new Dosage(Reps: new DoseRange(3, 6)),
            Steps = ["Sit tall on a chair. This will be your starting position.", "Twist your upper body to one side as far as you can, then lean forward and twist again, keeping your hips still and your feet flat on the floor the whole time."],
        };
        var t = Build(longSteps);
        t.Segments[0].Cues.Select(c => c.Text).ShouldContain(longSteps.Steps[1]);
        Blocks(t).ShouldAllBe(b => b.Cues.All(c => c.Kind != CueKind.Setup));
        Blocks(t).SelectMany(b => b.Cues).Where(c => c.Kind == CueKind.Count).Select(c => c.Text).ShouldNotContain(text => text.EndsWith("more.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_count_never_speaks_over_the_talk_through()
    {
        var first = Blocks(Build(LegExtensions))[0].Cues;
        var lastWords = first.Where(c => c.Kind == CueKind.Setup).Max(c => c.Offset);
        first.Where(c => c.Kind == CueKind.Count).ShouldAllBe(c => c.Offset > lastWords);
    }

    [Fact]
    public void A_movement_ends_with_a_rest_not_a_release_from_a_stretch()
    {
        var t = Build(HipCircles);
        t.Segments.Where(s => s.Kind == SegmentKind.Release).ShouldAllBe(s => s.Cues[0].Text == "Stop, and rest for a moment.");
    }
}
