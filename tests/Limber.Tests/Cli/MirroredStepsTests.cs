using System.Text.Json;
using Limber.Content.Files;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>
/// Seed exercises whose steps are written for the right side, played from the left as every session starts:
/// what the player says on the left must mean what the article means, with the sides swapped.
/// </summary>
public sealed class MirroredStepsTests
{
    /// <summary>Each exercise with a sentence from its article as it must be heard on the left (checked by hand against the seed).</summary>
    public static TheoryData<string, string> WrittenForTheRight => new()
    {
        { "hip-crossover-stretch", "Turn your head slowly to the left, away from your legs" },
        { "prone-internal-rotation-stretch", "Let the left foot fall outward toward the floor" },
        { "supine-internal-rotation-stretch", "Let the left knee fall inward and down toward the floor, so it points at the right leg." },
    };

    [Fact]
    public void The_theory_covers_every_catalog_exercise_with_steps_written_for_one_side()
    {
        var sided = CatalogFolder.Load(Path.Combine(AppContext.BaseDirectory, "content", "exercises")).Catalog.Exercises
            .Where(e => e.StepsSide is not null).Select(e => e.Id.Value);
        sided.Order(StringComparer.Ordinal).ShouldBe(WrittenForTheRight.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WrittenForTheRight))]
    public void On_the_left_the_steps_are_read_with_left_and_right_swapped(string id, string heardOnTheLeft)
    {
        var exercise = CatalogFolder.Load(Path.Combine(AppContext.BaseDirectory, "content", "exercises")).Catalog.Exercises.Single(e => e.Id.Value == id);
        var segments = Segments(id);
        var left = segments.Where(s => s.Side == "left" && s.Kind is "setup" or "release").SelectMany(s => s.Cues).ToList();

        left.ShouldContain(c => c.Contains(heardOnTheLeft, StringComparison.Ordinal));
        left.ShouldNotContain(c => c.Contains("mirror", StringComparison.OrdinalIgnoreCase));
        foreach (var step in exercise.Steps.Where(s => s.Contains("right", StringComparison.OrdinalIgnoreCase)))
        {
            left.ShouldNotContain(step, $"read on the left as written for the right: {step}");
        }

        // Every cue read from a step on the left is that step word for word, only left and right swapped.
        var fromSteps = left.Where(c => exercise.Steps.Any(s => Sided(s) == Sided(c) && s != c)).ToList();
        fromSteps.ShouldNotBeEmpty();
        foreach (var cue in fromSteps)
        {
            var step = exercise.Steps.First(s => Sided(s) == Sided(cue));
            cue.Split(' ').ShouldBe(step.Split(' ').Select(Swapped), $"'{cue}' against '{step}'");
        }

        // On the right, the side the steps are written for, the release reads as written; on the left, mirrored.
        var onLeft = segments.First(s => s is { Kind: "release", Side: "left" }).Cues.Single();
        var onRight = segments.First(s => s is { Kind: "release", Side: "right" }).Cues.Single();
        onLeft.Split(' ').ShouldBe(onRight.Split(' ').Select(Swapped));
        if (exercise.Steps.Any(s => Sided(s) == Sided(onRight)))
        {
            exercise.Steps.ShouldContain(onRight);
        }
    }

    /// <summary>The sentence with its side words blanked: a step and its mirror have the same shape.</summary>
    private static string Sided(string text) => string.Join(' ', text.Split(' ').Select(w => Swapped(w) == w ? w : "_"));

    private static string Swapped(string word) => word switch
    {
        _ when word.StartsWith("right", StringComparison.Ordinal) => "left" + word[5..],
        _ when word.StartsWith("left", StringComparison.Ordinal) => "right" + word[4..],
        _ when word.StartsWith("Right", StringComparison.Ordinal) => "Left" + word[5..],
        _ when word.StartsWith("Left", StringComparison.Ordinal) => "Right" + word[4..],
        _ => word,
    };

    private static List<(string Kind, string? Side, List<string> Cues)> Segments(string id)
    {
        var run = CliRun.Of("session", id, "--dry-run", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return [.. json.RootElement.GetProperty("segments").EnumerateArray().Select(s => (
            s.GetProperty("kind").GetString()!,
            s.GetProperty("side").GetString(),
            s.GetProperty("cues").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList()))];
    }
}
