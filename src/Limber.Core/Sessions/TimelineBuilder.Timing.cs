using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// How long an exercise takes in a timeline, without building it: the planner weighs thousands of exercises this
/// way. A property test keeps these sums equal to the segments <see cref="Build"/> lays out.
/// </summary>
public static partial class TimelineBuilder
{
    /// <summary>The setup segment: the options' setup time, or longer when the setup steps take longer to read.</summary>
    public static int SetupSecondsFor(Exercise exercise, SessionOptions options) =>
        Math.Max(options.SetupSeconds, SetupCues(exercise, FirstSide(exercise)).Duration);

    /// <summary>One-sided exercises start on the left, round by round; two-sided ones have no side.</summary>
    internal static Side? FirstSide(Exercise exercise) => exercise.IsOneSided ? Side.Left : null;

    /// <summary>From the first hold to the end of the last release: holds, releases, side switches and rests.</summary>
    public static int HoldingSecondsFor(Exercise exercise, ChosenDose dose, SessionOptions options)
    {
        Side?[] sides = exercise.IsOneSided ? [Side.Left, Side.Right] : [null];
        var holds = dose.RepsPerSide * sides.Length;
        var holding = dose.RepsPerSide * sides.Sum(side => dose.SecondsFor(dose.AmountFor(side, options), options));
        var switches = exercise.IsOneSided ? holds - 1 : 0;
        var rests = dose.RepsPerSide - 1;
        return holding + holds * options.ReleaseSeconds + switches * options.SwitchSeconds + rests * options.RestSeconds;
    }
}
