using Limber.Exercises;

namespace Limber.Sessions;

public sealed record RoutineItem(ExerciseId ExerciseId, DoseOverride? Dose = null);
