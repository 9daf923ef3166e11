using Limber.Catalog;
using Limber.Sessions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Limber.Cli.Sessions;

/// <summary>
/// The live screen, readable from a mat: a large countdown, the side as the next largest thing, one cue line,
/// what comes next, and a thin bar for the whole session. Fits 80x24.
/// </summary>
internal static class PlayerView
{
    public static IRenderable Render(Timeline timeline, ExerciseCatalog catalog, SessionPosition at, string cue, bool paused, bool confirmingQuit)
    {
        var segment = at.Segment;
        var name = catalog.Find(segment.ExerciseId)?.Name ?? segment.ExerciseId.Value;
        var holdNumber = timeline.Segments.Take(at.Index + 1).Count(s => s.Kind == SegmentKind.Hold && s.ExerciseId == segment.ExerciseId);
        var holdsOfExercise = timeline.Segments.Count(s => s.Kind == SegmentKind.Hold && s.ExerciseId == segment.ExerciseId);
        var side = segment.Side switch { Side.Left => "LEFT", Side.Right => "RIGHT", _ => "BOTH SIDES" };
        var what = segment.Kind switch
        {
            SegmentKind.Hold when segment.Repetitions is { } times => $"{times} TIMES · {holdNumber}/{holdsOfExercise}",
            SegmentKind.Hold => $"HOLD {holdNumber}/{holdsOfExercise}",
            var kind => kind.ToString().ToUpperInvariant(),
        };

        var elapsed = segment.Start + at.Offset;
        var status = confirmingQuit ? "[yellow]Quit the session? y = quit, any other key = carry on[/]"
            : paused ? "[yellow]PAUSED: space to carry on[/]"
            : "[dim]space pause · n next · b back · q quit[/]";

        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(name)}[/]  [dim]{what}[/]"),
            new Markup($"[bold]{side}[/]"),
            new FigletText(Clock.Format(Math.Ceiling(at.Remaining))).Color(segment.Kind == SegmentKind.Hold ? Color.Green : Color.Grey),
            new Markup(Markup.Escape(cue)),
            new Markup($"[dim]Next: {Markup.Escape(NextUp(timeline, catalog, at.Index))}[/]"),
            new Markup($"{Bar(elapsed / Math.Max(1, timeline.TotalSeconds), 40)} {Clock.Format(elapsed)} / {Clock.Format(timeline.TotalSeconds)}"),
            new Markup(status),
        };
        return new Rows(rows);
    }

    private static string NextUp(Timeline timeline, ExerciseCatalog catalog, int index)
    {
        if (index + 1 >= timeline.Segments.Count)
        {
            return "the end";
        }

        var next = timeline.Segments[index + 1];
        var name = catalog.Find(next.ExerciseId)?.Name ?? next.ExerciseId.Value;
        var side = next.Side is { } s ? $", {s.ToString().ToLowerInvariant()} side" : "";
        return $"{next.Kind.ToString().ToLowerInvariant()} ({name}{side}, {next.Duration} s)";
    }

    private static string Bar(double fraction, int width)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width);
        return $"[green]{new string('━', filled)}[/][grey]{new string('─', width - filled)}[/]";
    }
}
