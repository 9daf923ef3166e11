using FsCheck;
using FsCheck.Fluent;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;

namespace Limber.Core.Tests.Planning;

/// <summary>Random catalogs and goals for the planner, built in code.</summary>
internal static class PlanFixtures
{
    public static readonly string[] Vocabulary = ["lower-back", "glutes", "obliques", "hip-rotators", "hamstrings", "hip-flexors"];

    public static Goal LowerBack { get; } = new("lower-back", "Lower back", "test goal",
        new Dictionary<string, double> { ["lower-back"] = 3, ["glutes"] = 1.5, ["obliques"] = 1, ["hip-rotators"] = 1 },
        new Dictionary<UseCase, double> { [UseCase.AfterSitting] = 1 });

    /// <summary>A warm-up goal: movements, and rolling for whoever has a roller.</summary>
    public static Goal WarmUp { get; } = LowerBack with
    {
        Id = "warm-up",
        Name = "Warm-up",
        Kinds = new HashSet<ExerciseKind> { ExerciseKind.Dynamic, ExerciseKind.Rolling },
    };

    /// <summary>The lower back with its key stretch named, as content/goals.yaml does.</summary>
    public static Goal LowerBackWithKey { get; } = LowerBack with { MustInclude = ["lower-back", "hip-rotators"] };

    public static Exercise Make(string id, Position position, string[] primary, string[]? secondary = null, Dosage? dosage = null,
        Laterality laterality = Laterality.Unilateral, Level? level = null, string[]? equipment = null, UseCase[]? useCases = null,
        ExerciseKind kind = ExerciseKind.Static, bool partner = false) => new()
        {
            Kind = kind,
            Partner = partner,
            Id = new ExerciseId(id),
            Name = id,
            Position = position,
            Level = level,
            Equipment = equipment ?? [],
            PrimaryTargets = primary,
            SecondaryTargets = secondary ?? [],
            Laterality = laterality,
            Dosage = dosage ?? new Dosage(new HoldDose.Seconds(new DoseRange(30, 60)), DoseRange.Exactly(2), PerSide: true),
            Steps = ["Get into position.", "Hold the stretch."],
            UseCases = useCases ?? [],
            Source = new SourceReference("test"),
        };

    public static readonly Gen<Dosage> Doses =
        from kind in Gen.Elements(0, 1, 2)
        from min in Gen.Choose(10, 45)
        from extra in Gen.Choose(0, 45)
        from reps in Gen.Choose(0, 3)
        from repsExtra in Gen.Choose(0, 2)
        select new Dosage(
            kind switch { 0 => new HoldDose.Seconds(new DoseRange(min, min + extra)), 1 => new HoldDose.Breaths(new DoseRange(3, 3 + (extra % 6))), _ => null },
            reps == 0 ? null : new DoseRange(reps, reps + repsExtra),
            PerSide: true,
            Note: kind == 2 ? "a short hold" : null);

    public static readonly Gen<Exercise> Exercises =
        from position in Gen.Elements(Position.Supine, Position.Prone, Position.Seated, Position.Kneeling, Position.Standing)
        from primary in Gen.SubListOf(Vocabulary)
        from secondary in Gen.SubListOf(Vocabulary)
        from dose in Doses
        from laterality in Gen.Elements(Laterality.Bilateral, Laterality.Unilateral, Laterality.Alternating)
        from afterSitting in Gen.Elements(true, false, false)
        select Make("x", position, [.. primary.Take(3)], [.. secondary.Except(primary).Take(2)], dose, laterality,
            useCases: afterSitting ? [UseCase.AfterSitting] : []);

    /// <summary>Catalogs as the shipped one is: mostly held stretches, and movements, rolls, strength and partner moves among them.</summary>
    public static readonly Gen<Exercise> MixedExercises =
        from exercise in Exercises
        from kind in Gen.Elements(ExerciseKind.Static, ExerciseKind.Static, ExerciseKind.Static, ExerciseKind.Dynamic, ExerciseKind.Rolling, ExerciseKind.Strength)
        from partner in Gen.Elements(false, false, false, true)
        from reps in Gen.Choose(0, 20)
        select exercise with
        {
            Kind = kind,
            Partner = partner,
            Equipment = kind == ExerciseKind.Rolling ? ["foam-roller"] : exercise.Equipment,
            Dosage = kind == ExerciseKind.Dynamic ? new Dosage(Reps: reps < 5 ? null : new DoseRange(reps, reps + 5)) : exercise.Dosage,
        };

    public static Gen<ExerciseCatalog> MixedCatalogs(int min, int max) =>
        from count in Gen.Choose(min, max)
        from exercises in Gen.ListOf(MixedExercises, count)
        select new ExerciseCatalog(exercises.Select((e, i) => e with { Id = new ExerciseId($"exercise-{i}"), Name = $"Exercise {i}" }));

    public static Gen<ExerciseCatalog> Catalogs(int min, int max) =>
        from count in Gen.Choose(min, max)
        from exercises in Gen.ListOf(Exercises, count)
        select new ExerciseCatalog(exercises.Select((e, i) => e with { Id = new ExerciseId($"exercise-{i}"), Name = $"Exercise {i}" }));

    /// <summary>A session's real length, built by the engine the player uses.</summary>
    public static int Seconds(Plan plan) => TimelineBuilder.Build(plan.ToSessionItems(), SessionOptions.Default).TotalSeconds;
}
