using System.Diagnostics;
using Limber.Catalog;
using Limber.Cli.Sessions;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Sessions;
using Spectre.Console;

namespace Limber.Bench;

/// <summary>
/// Plays a real session on the real clock, headless, and measures how late each cue is against its schedule:
/// Limber's player (waits until each due time on the session clock) beside a naive player that sleeps one second
/// per countdown tick and gives the cues of each tick after it, as many hand-written timers do. Both run at once,
/// on the same timeline, for the same wall-clock span.
/// </summary>
internal static class CueLateness
{
    private static readonly string[] Exercises = ["hip-crossover-stretch", "restorative-supta-virasana"];

    public static async Task<int> RunAsync(int seconds)
    {
        var catalog = CatalogFolder.Load(Path.Combine(AppContext.BaseDirectory, "content", "exercises")).Catalog;
        var items = Exercises
            .Select(id => new SessionItem(catalog.Find(new ExerciseId(id))!))
            .ToList();
        var timeline = TimelineBuilder.Build(items, SessionOptions.Default);
        Console.WriteLine($"Timeline: {timeline.Cues.Count} cues over {timeline.TotalSeconds} s; measuring the first {seconds} s on both players at once.");

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var limber = Task.Run(() => PlayLimber(catalog, timeline, stop.Token));
        var naive = Task.Run(() => PlayNaive(timeline, seconds));
        Report("limber (session clock)", await limber);
        Report("naive (sleep 1 s a tick)", await naive);
        return 0;
    }

    private static async Task<IReadOnlyList<double>> PlayLimber(ExerciseCatalog catalog, Timeline timeline, CancellationToken stop)
    {
#pragma warning disable RS0030 // A headless console: the cues are written to memory, as when output is piped.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(new StringWriter()),
        });
#pragma warning restore RS0030
        var player = new TerminalPlayer(console, catalog, new SessionClock(TimeProvider.System), new NoKeys(), voice: null);
        var outcome = await player.PlayAsync(timeline, stop);
        return outcome.Lateness;
    }

    /// <summary>The usual first attempt: a one-second sleep per tick, so every tick's work and oversleep adds up.</summary>
    private static IReadOnlyList<double> PlayNaive(Timeline timeline, int seconds)
    {
        var output = new StringWriter();
        var lateness = new List<double>();
        var started = Stopwatch.GetTimestamp();
        var next = 0;
        for (var tick = 0; tick < seconds; tick++)
        {
            while (next < timeline.Cues.Count && timeline.Cues[next].At < tick + 1)
            {
                var cue = timeline.Cues[next++];
                lateness.Add(Stopwatch.GetElapsedTime(started).TotalSeconds - cue.At);
                output.WriteLine(cue.Cue.Text);
            }

            output.WriteLine($"{timeline.TotalSeconds - tick} s left");
#pragma warning disable RS0030 // The naive player is the point of comparison.
            Thread.Sleep(1000);
#pragma warning restore RS0030
        }

        return lateness;
    }

    private static void Report(string name, IReadOnlyList<double> lateness)
    {
        var sorted = lateness.Select(l => Math.Max(0, l) * 1000).Order().ToList();
        var p99 = sorted[(int)Math.Ceiling(0.99 * sorted.Count) - 1];
        Console.WriteLine($"{name,-26} cues {sorted.Count,4}  median {sorted[sorted.Count / 2],8:F2} ms  p99 {p99,8:F2} ms  worst {sorted[^1],8:F2} ms");
    }

    private sealed class NoKeys : IKeyboard
    {
        public bool IsInteractive => false;

        public bool TryRead(out char key)
        {
            key = '\0';
            return false;
        }
    }
}
