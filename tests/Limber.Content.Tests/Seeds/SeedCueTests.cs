using Limber.Content.Files;
using Limber.Exercises;
using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Seeds;

/// <summary>Every seed played on both sides, left first and right first: each word true to the article, on the side it is said.</summary>
public sealed class SeedCueTests
{
    private static readonly IReadOnlyList<Exercise> Seeds = [.. CatalogFolder.Load(Repo.Exercises).Catalog.Exercises.Where(Repo.IsSeed)];

    public static TheoryData<string, Side> SeedsAndFirstSides()
    {
        var data = new TheoryData<string, Side>();
        foreach (var seed in Seeds)
        {
            data.Add(seed.Id.Value, Side.Left);
            data.Add(seed.Id.Value, Side.Right);
        }

        return data;
    }

    private static (Exercise Exercise, Timeline Timeline) Play(string id, Side first)
    {
        var exercise = Seeds.Single(e => e.Id.Value == id);
        return (exercise, TimelineBuilder.Build([new SessionItem(exercise)], SessionOptions.Default with { FirstSide = first }));
    }

    [Theory]
    [MemberData(nameof(SeedsAndFirstSides))]
    public void Every_cue_names_the_side_its_segment_is_on(string id, Side first)
    {
        var (exercise, timeline) = Play(id, first);
        CueAudit.WrongSides(timeline, exercise).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SeedsAndFirstSides))]
    public void Every_release_is_a_release_step_or_the_plain_one(string id, Side first)
    {
        var (exercise, timeline) = Play(id, first);
        CueAudit.ForeignReleases(timeline, exercise).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SeedsAndFirstSides))]
    public void The_last_release_never_sends_the_user_to_the_other_side(string id, Side first)
    {
        var (_, timeline) = Play(id, first);
        var last = timeline.Segments.Last(s => s.Kind == SegmentKind.Release).Cues.Single().Text;
        last.ShouldNotMatch(@"(?i)other side|swap legs|do the same with|other leg");
    }

    [Theory]
    [MemberData(nameof(SeedsAndFirstSides))]
    public void A_hold_on_one_side_says_the_same_words_whichever_side_went_first(string id, Side first)
    {
        var (_, timeline) = Play(id, first);
        var (_, other) = Play(id, first == Side.Left ? Side.Right : Side.Left);
        string[] Said(Timeline t, Side side) => [.. t.Segments.Where(s => s.Side == side && s.Kind == SegmentKind.Hold).SelectMany(s => s.Cues).Where(c => c.Kind is not (CueKind.Next or CueKind.Breathing or CueKind.Form)).Select(c => c.Text).Distinct().Order(StringComparer.Ordinal)];
        Said(timeline, Side.Left).ShouldBe(Said(other, Side.Left));
        Said(timeline, Side.Right).ShouldBe(Said(other, Side.Right));
    }

    [Fact]
    public void The_seed_steps_are_all_marked_with_what_they_are_for() =>
        Seeds.Where(e => !e.HasStepRoles).Select(e => e.Id.Value).ShouldBeEmpty();

    [Fact]
    public void The_knee_pull_down_releases_back_to_the_middle_not_with_a_cue_for_the_hold()
    {
        var (_, timeline) = Play("lying-cross-over-knee-pull-down-stretch", Side.Left);
        timeline.Segments.Where(s => s.Kind == SegmentKind.Release).Select(s => s.Cues.Single().Text)
            .ShouldAllBe(t => t.StartsWith("Come back to the middle slowly", StringComparison.Ordinal));
    }
}
