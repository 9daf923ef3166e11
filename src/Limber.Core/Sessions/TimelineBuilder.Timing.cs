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
        Math.Max(options.SetupSeconds, SetupCues(exercise, SidesOf(exercise, options)[0]).Duration);

    /// <summary>
    /// The sides worked in turn: the options' first side (the left unless asked) then the other for one-sided
    /// exercises; none for two-sided ones and for a movement that goes back and forth between the sides, which is
    /// one block.
    /// </summary>
    internal static Side?[] SidesOf(Exercise exercise, SessionOptions options) =>
        !exercise.IsOneSided || (exercise.Kind == ExerciseKind.Dynamic && exercise.Laterality == Laterality.Alternating) ? [null]
        : options.FirstSide == Side.Right ? [Side.Right, Side.Left] : [Side.Left, Side.Right];

    /// <summary>
    /// A one-sided stretch repeated by Limber, not by its source (which gives no count), does one side's holds and
    /// then the other's: one switch instead of one per hold, and no re-crossing of the legs in between. A count
    /// the source gives ("3 times on each side", "back and forth 8 to 12 times") goes round by round, as it says.
    /// </summary>
    internal static bool SideBySide(Exercise exercise) =>
        exercise.Laterality == Laterality.Unilateral && exercise.Dosage.Reps is null;

    /// <summary>From the first hold to the end of the last release: holds, releases, side switches and rests.</summary>
    public static int HoldingSecondsFor(Exercise exercise, ChosenDose dose, SessionOptions options)
    {
        var sides = SidesOf(exercise, options);
        var holds = dose.RepsPerSide * sides.Length;
        var holding = dose.RepsPerSide * sides.Sum(side => dose.SecondsFor(dose.AmountFor(side, options), options));
        var switches = sides.Length == 1 ? 0 : SideBySide(exercise) ? 1 : holds - 1;
        var rests = sides.Length > 1 && SideBySide(exercise) ? sides.Length * (dose.RepsPerSide - 1) : dose.RepsPerSide - 1;
        return holding + holds * options.ReleaseSeconds + switches * options.SwitchSeconds + rests * options.RestSeconds;
    }
}
