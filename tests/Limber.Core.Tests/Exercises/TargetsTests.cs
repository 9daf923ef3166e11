using System.Text.Json;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Core.Tests.Exercises;

public sealed class TargetsTests
{
    [Fact]
    public void Every_free_exercise_db_muscle_maps_to_a_target()
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Shared, "data", "free-exercise-db", "exercises.json")));
        var muscles = data.RootElement.EnumerateArray()
            .SelectMany(e => e.GetProperty("primaryMuscles").EnumerateArray().Concat(e.GetProperty("secondaryMuscles").EnumerateArray()))
            .Select(m => m.GetString()!)
            .Distinct()
            .ToList();

        muscles.Count.ShouldBe(17);
        muscles.Where(m => Targets.FromDatasetMuscle(m) is null).ShouldBeEmpty();
    }

    [Fact]
    public void The_target_document_names_every_target_and_muscle()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "targets.md"));
        foreach (var target in Targets.All)
        {
            doc.ShouldContain($"`{target.Id}`");
            foreach (var muscle in target.DatasetMuscles)
            {
                doc.ShouldContain($"`{muscle}`");
            }
        }
    }
}
