namespace Limber.Sessions;

/// <summary>The timeline's cues not yet given, drained in order as session time passes.</summary>
public sealed class PendingCues(Timeline timeline)
{
    private int next;

    /// <summary>The time of the next cue, or null when all have been given.</summary>
    public double? NextAt => next < timeline.Cues.Count ? timeline.Cues[next].At : null;

    /// <summary>Every cue due at <paramref name="elapsed"/> that has not been given yet.</summary>
    public IReadOnlyList<ScheduledCue> TakeDue(double elapsed)
    {
        var due = new List<ScheduledCue>();
        while (next < timeline.Cues.Count && timeline.Cues[next].At <= elapsed)
        {
            due.Add(timeline.Cues[next++]);
        }

        return due;
    }

    /// <summary>After a jump: cues before <paramref name="elapsed"/> are skipped, those at or after it come again.</summary>
    public void SkipTo(double elapsed)
    {
        next = 0;
        while (next < timeline.Cues.Count && timeline.Cues[next].At < elapsed)
        {
            next++;
        }
    }
}
