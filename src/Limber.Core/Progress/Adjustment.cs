using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Progress;

/// <summary>One change the history makes to the next session of an exercise, with the reason shown to the user.</summary>
/// <param name="TighterSide">Extra hold time goes to this side.</param>
/// <param name="HoldSeconds">A longer hold than last time, inside the source's range.</param>
/// <param name="Caution">A cue for every hold of the exercise.</param>
/// <param name="Offer">The easier version the content gives, offered instead.</param>
public sealed record Adjustment(
    ExerciseId Exercise,
    string Rule,
    string Reason,
    Side? TighterSide = null,
    int? HoldSeconds = null,
    string? Caution = null,
    Modification? Offer = null);
