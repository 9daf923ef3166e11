namespace Limber.Exercises;

/// <summary>How an exercise is done, which decides how a session plays it and which plans may use it.</summary>
public enum ExerciseKind
{
    /// <summary>A held stretch, timed in seconds or counted in breaths.</summary>
    Static,

    /// <summary>A controlled movement (circles, swings, rocking, cat-cow): counted repetitions, or a timed block.</summary>
    Dynamic,

    /// <summary>Self-massage on a foam roller, ball or stick: timed per area.</summary>
    Rolling,

    /// <summary>A strength or activation move (bridge, superman, lunge): never part of a stretching plan.</summary>
    Strength,
}
