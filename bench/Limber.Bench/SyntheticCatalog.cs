using Bogus;
using Limber.Catalog;
using Limber.Exercises;

namespace Limber.Bench;

/// <summary>A large random catalog shaped like real stretches (Bogus, fixed seed): for measuring, never for content.</summary>
internal static class SyntheticCatalog
{
    public static ExerciseCatalog Make(int count)
    {
        Randomizer.Seed = new Random(20261124);
        var targets = Targets.All.Select(t => t.Id).ToArray();
        var faker = new Faker();
        return new ExerciseCatalog(Enumerable.Range(0, count).Select(i =>
        {
            var primary = faker.PickRandom(targets, faker.Random.Int(1, 3)).ToArray();
            var hold = faker.Random.Int(0, 4) switch
            {
                0 => null,
                1 => new HoldDose.Breaths(new DoseRange(faker.Random.Int(2, 5), faker.Random.Int(5, 10))),
                _ => (HoldDose)new HoldDose.Seconds(new DoseRange(faker.Random.Int(10, 30), faker.Random.Int(30, 90))),
            };
            return new Exercise
            {
                Id = new ExerciseId($"synthetic-stretch-{i}"),
                Name = $"Synthetic stretch {i}",
                Position = faker.PickRandom<Position>(),
                Level = faker.Random.Bool(0.7f) ? faker.PickRandom<Level>() : null,
                Equipment = [.. faker.PickRandom(Props.Known, faker.Random.Int(0, 2))],
                PrimaryTargets = primary,
                SecondaryTargets = [.. faker.PickRandom(targets.Except(primary), faker.Random.Int(0, 2))],
                Laterality = faker.PickRandom<Laterality>(),
                Kind = faker.PickRandom(ExerciseKind.Static, ExerciseKind.Static, ExerciseKind.Static, ExerciseKind.Dynamic, ExerciseKind.Rolling, ExerciseKind.Strength),
                Partner = faker.Random.Bool(0.1f),
                Dosage = new Dosage(hold, faker.Random.Bool() ? new DoseRange(faker.Random.Int(1, 3), faker.Random.Int(3, 5)) : null, PerSide: true, Note: hold is null ? "hold briefly" : null),
                Steps = [.. Enumerable.Range(0, faker.Random.Int(2, 6)).Select(_ => faker.Lorem.Sentence(faker.Random.Int(5, 25)))],
                UseCases = [.. faker.PickRandom(Enum.GetValues<UseCase>(), faker.Random.Int(0, 3))],
                Source = new SourceReference("synthetic (Bogus)"),
            };
        }));
    }
}
