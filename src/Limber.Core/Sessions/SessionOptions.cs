using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>How the user wants the session timed. Every duration is in whole seconds.</summary>
/// <param name="Point">Which end of each dose range to use; null picks by level (low for beginners, else middle).</param>
/// <param name="TighterSide">The side that gets extra hold time, as the articles advise for a tighter side.</param>
/// <param name="TighterExtra">The extra time for the tighter side as a fraction: 0.25 is +25%.</param>
/// <param name="BreathsPerMinute">
/// The breathing pace that times breath-counted holds. Six a minute (a 10-second breath) is the slow, deep
/// breathing the articles ask for, and the pace most relaxation breathing guides use.
/// </param>
/// <param name="FirstSide">The side one-sided exercises start on; the left unless asked.</param>
public sealed record SessionOptions(
    DosePoint? Point = null,
    Level? Level = null,
    Side? TighterSide = null,
    double TighterExtra = 0.25,
    int RestSeconds = 0,
    int SetupSeconds = 20,
    int ReleaseSeconds = 5,
    int SwitchSeconds = 5,
    int TransitionSeconds = 10,
    double BreathsPerMinute = 6,
    Side FirstSide = Side.Left)
{
    public static SessionOptions Default { get; } = new();

    public DosePoint ChosenPoint => Point ?? (Level == Exercises.Level.Beginner ? DosePoint.Low : DosePoint.Middle);

    /// <summary>The problems with these options, in plain words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(BreathsPerMinute is > 0 and <= 30))
        {
            problems.Add($"the breathing pace must be between 1 and 30 breaths a minute, not {BreathsPerMinute}");
        }

        if (TighterExtra is < 0 or > 1)
        {
            problems.Add($"the extra time for the tighter side must be between 0% and 100%, not {TighterExtra:P0}");
        }

        foreach (var (name, value) in new[] { ("rest", RestSeconds), ("setup", SetupSeconds), ("release", ReleaseSeconds), ("switch", SwitchSeconds), ("transition", TransitionSeconds) })
        {
            if (value is < 0 or > 600)
            {
                problems.Add($"the {name} time must be between 0 and 600 seconds, not {value}");
            }
        }

        return problems;
    }
}
