namespace Limber.Exercises;

/// <summary>
/// One stretch with everything its source says about it. Lists keep the source's order; a field the source
/// does not state is null or empty, never a guess.
/// </summary>
public sealed record Exercise
{
    public required ExerciseId Id { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Summary { get; init; }

    public IReadOnlyList<string> Benefits { get; init; } = [];

    public Position? Position { get; init; }

    public Level? Level { get; init; }

    /// <summary>Props the exercise needs or offers (see <see cref="Props"/>); empty for body weight only.</summary>
    public IReadOnlyList<string> Equipment { get; init; } = [];

    /// <summary>Targets from the documented vocabulary (see <see cref="Targets"/>).</summary>
    public IReadOnlyList<string> PrimaryTargets { get; init; } = [];

    public IReadOnlyList<string> SecondaryTargets { get; init; } = [];

    public required Laterality Laterality { get; init; }

    /// <summary>How it is done (held, moved, rolled, a strength move); null for a draft the importer could not tell.</summary>
    public ExerciseKind? Kind { get; init; }

    /// <summary>True when the source has a second person hold, push or brace; null when not known (a draft).</summary>
    public bool? Partner { get; init; }

    /// <summary>
    /// The side a one-sided exercise's steps are written for (the hip crossover's cross the right ankle): on the
    /// other side a session reads them mirrored (see <see cref="Sessions.MirroredText"/>). Null when the steps name
    /// no side.
    /// </summary>
    public Sessions.Side? StepsSide { get; init; }

    public Dosage Dosage { get; init; } = Dosage.Unstated;

    public required IReadOnlyList<string> Steps { get; init; }

    /// <summary>
    /// What each step is for, parallel to <see cref="Steps"/>; empty when not marked (dataset records, older files),
    /// and a session then times the steps by their words alone.
    /// </summary>
    public IReadOnlyList<StepRole> StepRoles { get; init; } = [];

    /// <summary>True when every step is marked with its role.</summary>
    public bool HasStepRoles => StepRoles.Count > 0 && StepRoles.Count == Steps.Count;

    /// <summary>The steps marked with any of <paramref name="roles"/>, in order; empty when the steps are not marked.</summary>
    public IReadOnlyList<string> StepsFor(params StepRole[] roles) =>
        HasStepRoles ? [.. Steps.Where((_, i) => roles.Contains(StepRoles[i]))] : [];

    public IReadOnlyList<string> Breathing { get; init; } = [];

    public IReadOnlyList<string> Mistakes { get; init; } = [];

    public IReadOnlyList<string> Tips { get; init; } = [];

    public IReadOnlyList<FaqEntry> Faq { get; init; } = [];

    /// <summary>Stop signs and when to back off, as the source states them.</summary>
    public IReadOnlyList<string> Safety { get; init; } = [];

    public IReadOnlyList<Modification> Modifications { get; init; } = [];

    public IReadOnlyList<UseCase> UseCases { get; init; } = [];

    public RelatedExercises Related { get; init; } = RelatedExercises.None;

    public required SourceReference Source { get; init; }

    public IEnumerable<string> Targets => PrimaryTargets.Concat(SecondaryTargets);

    /// <summary>Played as holds: a static stretch, or a record whose kind is not known yet.</summary>
    public bool IsHeld => Kind is null or ExerciseKind.Static or ExerciseKind.Strength;

    /// <summary>Both sides are worked, one after the other.</summary>
    public bool IsOneSided => Laterality != Laterality.Bilateral;
}
