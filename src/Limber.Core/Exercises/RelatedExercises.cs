namespace Limber.Exercises;

public sealed record RelatedExercises(IReadOnlyList<ExerciseId> Variations, IReadOnlyList<ExerciseId> Alternatives)
{
    public static RelatedExercises None { get; } = new([], []);

    public IEnumerable<ExerciseId> All => Variations.Concat(Alternatives);
}
