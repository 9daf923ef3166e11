using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>What the planner needs of an exercise, computed once per catalog so a plan only does arithmetic.</summary>
internal sealed record ExerciseFacts(Exercise Exercise, long Primary, long Secondary, int UseCases, int SetupStepsSeconds)
{
    public static ExerciseFacts Of(Exercise exercise) => new(
        exercise,
        TargetBits.Of(exercise.PrimaryTargets),
        TargetBits.Of(exercise.SecondaryTargets),
        exercise.UseCases.Aggregate(0, (bits, u) => bits | 1 << (int)u),
        TimelineBuilder.SetupSecondsFor(exercise, SessionOptions.Default with { SetupSeconds = 0 }));

    /// <summary>Seconds this exercise adds to a session at <paramref name="dose"/>, its transition included.</summary>
    public int SecondsFor(ChosenDose dose, SessionOptions options) =>
        options.TransitionSeconds + Math.Max(options.SetupSeconds, SetupStepsSeconds) + TimelineBuilder.HoldingSecondsFor(Exercise, dose, options);
}
