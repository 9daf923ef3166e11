using Limber.Exercises;

namespace Limber.Catalog;

/// <summary>The list filters: every one that is set must match.</summary>
public sealed record ExerciseFilter(
    string? Target = null,
    Position? Position = null,
    string? Equipment = null,
    Level? Level = null,
    UseCase? UseCase = null)
{
    public bool Matches(Exercise exercise) =>
        (Target is null || exercise.Targets.Contains(Target, StringComparer.OrdinalIgnoreCase))
        && (Position is null || exercise.Position == Position)
        && (Equipment is null || exercise.Equipment.Contains(Equipment, StringComparer.OrdinalIgnoreCase))
        && (Level is null || exercise.Level == Level)
        && (UseCase is null || exercise.UseCases.Contains(UseCase.Value));
}
