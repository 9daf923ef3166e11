using Limber.Content.Files;
using Limber.Sessions;

namespace Limber.Bench;

/// <summary>
/// Every seed exercise (a record learned from a .txt article) played alone, starting on each side: cues whose side
/// words are wrong, release cues that are not a release step (nor the plain "come out slowly"), and steps never
/// read. Prints a Markdown table for bench/RESULTS.md; the goal is 0, 0, 0.
/// </summary>
internal static class SeedCues
{
    public static int Run(string content)
    {
        var seeds = CatalogFolder.Load(Path.Combine(content, "exercises")).Catalog.Exercises
            .Where(e => e.Source.File?.EndsWith(".txt", StringComparison.Ordinal) == true)
            .OrderBy(e => e.Id.Value, StringComparer.Ordinal);
        Console.WriteLine("| exercise | first side | wrong side words | releases not a release step | steps never played |");
        Console.WriteLine("|---|---|---:|---:|---|");
        foreach (var exercise in seeds)
        {
            foreach (var first in new[] { Side.Left, Side.Right })
            {
                var timeline = TimelineBuilder.Build([new SessionItem(exercise)], SessionOptions.Default with { FirstSide = first });
                var unplayed = CueAudit.UnplayedSteps(timeline, exercise);
                var steps = unplayed.Count == 0 ? "0" : $"{unplayed.Count} ({string.Join(", ", unplayed.Select(n => $"{n}: {exercise.StepRoles.ElementAtOrDefault(n - 1).ToString().ToLowerInvariant()}"))})";
                Console.WriteLine($"| {exercise.Id} | {first.ToString().ToLowerInvariant()} | {CueAudit.WrongSides(timeline, exercise).Count} | {CueAudit.ForeignReleases(timeline, exercise).Count} | {steps} |");
            }
        }

        return 0;
    }
}
