namespace Limber.Sessions;

/// <summary>A whole session as contiguous segments, with the notes a user should read before starting.</summary>
/// <param name="Notes">What the engine decided for the user, e.g. a default dose where the source gives no number.</param>
public sealed record Timeline(IReadOnlyList<Segment> Segments, IReadOnlyList<string> Notes)
{
    public int TotalSeconds => Segments.Count == 0 ? 0 : Segments[^1].End;

    /// <summary>Every cue at its time from the session's start, in order.</summary>
    public IReadOnlyList<ScheduledCue> Cues { get; } =
        [.. Segments.SelectMany((s, i) => s.Cues.Select(c => new ScheduledCue(s.Start + c.Offset, i, c))).OrderBy(c => c.At)];

    /// <summary>Where the session is <paramref name="elapsed"/> seconds after its start; past the end, the last segment's end.</summary>
    public SessionPosition Locate(double elapsed)
    {
        if (Segments.Count == 0)
        {
            throw new InvalidOperationException("An empty timeline has no position.");
        }

        var clamped = Math.Clamp(elapsed, 0, TotalSeconds);
        int low = 0, high = Segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Segments[mid].Start <= clamped)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return new SessionPosition(low, Segments[low], clamped - Segments[low].Start, clamped >= TotalSeconds);
    }

    public int HoldCount => Segments.Count(s => s.Kind == SegmentKind.Hold);

    /// <summary>Seconds spent in the stretch or the movement itself: the holds, not setup, releases, switches or moving on.</summary>
    public int WorkSeconds => Segments.Where(s => s.Kind == SegmentKind.Hold).Sum(s => s.Duration);

    /// <summary>The fewest seconds an exercise is held on any one side (both sides together for a two-sided one).</summary>
    public int LeastSecondsOnASide(Exercises.ExerciseId exercise) =>
        Segments.Where(s => s.Kind == SegmentKind.Hold && s.ExerciseId == exercise).GroupBy(s => s.Side).Select(g => g.Sum(s => s.Duration)).DefaultIfEmpty(0).Min();

    /// <summary>The share of the session spent in the stretch, 0 to 1.</summary>
    public double WorkShare => TotalSeconds == 0 ? 0 : (double)WorkSeconds / TotalSeconds;
}
