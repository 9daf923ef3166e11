using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Progress;

/// <summary>
/// How an exercise moved over time, session by session and side by side: the average rated tightness, the last
/// range measured, and how far the sides are apart lately. Built from the log; the CLI and the web app draw it.
/// </summary>
public sealed record ProgressReport(ExerciseId Exercise, IReadOnlyList<SessionPoint> Sessions)
{
    /// <summary>From holds oldest first (as the store returns them), one report per exercise, in the order each was first done.</summary>
    public static IReadOnlyList<ProgressReport> From(IEnumerable<LoggedHold> holds) =>
        [.. holds.GroupBy(h => h.Exercise).Select(g => new ProgressReport(g.Key, [.. g.GroupBy(h => h.SessionId).Select(SessionPoint.Of)]))];

    /// <summary>The average tightness of the left side minus the right over the last three rated sessions; null without both.</summary>
    public double? SideDifference
    {
        get
        {
            var recent = Sessions.Where(s => s.Left.Tightness is not null && s.Right.Tightness is not null).TakeLast(Adaptation.Sessions).ToList();
            return recent.Count == 0 ? null : recent.Average(s => s.Left.Tightness!.Value - s.Right.Tightness!.Value);
        }
    }
}

/// <summary>One session of one exercise: per side (and for two-sided holds, both) the averages.</summary>
public sealed record SessionPoint(long SessionId, DateTimeOffset At, SideSummary Left, SideSummary Right, SideSummary Both)
{
    public static SessionPoint Of(IGrouping<long, LoggedHold> session)
    {
        var holds = session.ToList();
        return new SessionPoint(session.Key, holds[0].CompletedAt,
            SideSummary.Of(holds.Where(h => h.Side == Side.Left)),
            SideSummary.Of(holds.Where(h => h.Side == Side.Right)),
            SideSummary.Of(holds.Where(h => h.Side is null)));
    }
}

/// <summary>Averages of the rated holds of one side in one session, and its last range measure.</summary>
public sealed record SideSummary(int Holds, double? Tightness, double? Pain, bool Pinch, RangeMeasure? Range)
{
    public static SideSummary Of(IEnumerable<LoggedHold> holds)
    {
        int count = 0, rated = 0, tightness = 0, pain = 0;
        var pinch = false;
        RangeMeasure? range = null;
        foreach (var h in holds)
        {
            count++;
            range = h.Range ?? range;
            if (h.Rating is { } r)
            {
                rated++;
                tightness += r.Tightness;
                pain += r.Pain;
                pinch |= r.Pinch;
            }
        }

        return new SideSummary(count, rated == 0 ? null : (double)tightness / rated, rated == 0 ? null : (double)pain / rated, pinch, range);
    }
}
