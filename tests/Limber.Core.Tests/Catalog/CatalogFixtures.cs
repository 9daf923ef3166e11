using Limber.Exercises;

namespace Limber.Core.Tests.Catalog;

internal static class CatalogFixtures
{
    public static Exercise Exercise(string id, string name, string[]? targets = null, string[]? aliases = null, Position? position = null, string[]? steps = null) => new()
    {
        Id = new ExerciseId(id),
        Name = name,
        Aliases = aliases ?? [],
        PrimaryTargets = targets ?? [],
        Position = position,
        Laterality = Laterality.Unilateral,
        Steps = steps ?? ["Lie down."],
        Source = new SourceReference("test"),
    };
}
