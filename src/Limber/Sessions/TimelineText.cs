using Limber.Exercises;
using Limber.Sessions;
using Spectre.Console;

namespace Limber.Cli.Sessions;

/// <summary>A timeline as plain lines: when each segment starts, how long it lasts, and its cues.</summary>
internal static class TimelineText
{
    public static void Write(IAnsiConsole console, Timeline timeline)
    {
        var output = console.Profile.Out.Writer;
        foreach (var note in timeline.Notes)
        {
            output.WriteLine($"Note: {note}");
        }

        foreach (var s in timeline.Segments)
        {
            var side = s.Side is { } sd ? $" {Words.Of(sd)}" : "";
            var breaths = s.Breaths is { } b ? $", {b} breaths" : s.Repetitions is { } n ? $", {n} times" : "";
            output.WriteLine($"{Clock.Format(s.Start)}  {Words.Of(s.Kind),-10} {s.ExerciseId}{side} #{s.Rep} ({s.Duration} s{breaths})");
            foreach (var cue in s.Cues)
            {
                output.WriteLine($"         +{cue.Offset,-4} {cue.Text}");
            }
        }

        output.WriteLine($"Total: {Clock.Format(timeline.TotalSeconds)} ({timeline.HoldCount} holds, {timeline.WorkShare:P0} of it stretching)");
    }
}
