using Limber.Catalog;
using Limber.Sessions;
using Spectre.Console;

namespace Limber.Cli.Sessions;

/// <summary>The closing lines of a session: how long, how many holds per side, per exercise, and the seconds held as the log has them.</summary>
internal static class SessionSummary
{
    public static void Write(IAnsiConsole console, ExerciseCatalog catalog, Timeline timeline, SessionOutcome outcome)
    {
        var output = console.Profile.Out.Writer;
        var holds = outcome.Holds;
        output.WriteLine(outcome.Finished
            ? $"Session complete: {Clock.Format(outcome.ElapsedSeconds)}, {holds.Count} hold{(holds.Count == 1 ? "" : "s")}{Sides(holds)}."
            : $"Session stopped at {Clock.Format(outcome.ElapsedSeconds)} after {holds.Count} of {timeline.HoldCount} holds{Sides(holds)}.");
        foreach (var group in holds.GroupBy(h => h.ExerciseId))
        {
            var name = catalog.Find(group.Key)?.Name ?? group.Key.Value;
            output.WriteLine($"  {name}: {group.Count()} hold{(group.Count() == 1 ? "" : "s")}{Sides([.. group])}, {Clock.Format(group.Sum(h => h.HeldSeconds))} held");
        }
    }

    private static string Sides(IReadOnlyList<CompletedHold> holds)
    {
        var left = holds.Count(h => h.Side == Side.Left);
        var right = holds.Count(h => h.Side == Side.Right);
        return left + right == 0 ? "" : $" ({left} left, {right} right)";
    }
}
