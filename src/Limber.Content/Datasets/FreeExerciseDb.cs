using System.Text.Json;
using Limber.Content.Import;
using Limber.Exercises;

namespace Limber.Content.Datasets;

/// <summary>
/// free-exercise-db (public domain, The Unlicense) into Limber's exercise model: muscles through the target
/// vocabulary's dataset column, equipment to Limber's props, the instructions as steps. The dataset states no dose
/// for most records: those keep a null dose and say so in <c>dosage.note</c>; the player then uses its documented
/// default. Where the steps state one, it is read as an article's would be.
/// Position and sides are read from the name and instructions with the article importer's word tables, and left
/// out when they say nothing (a wrong value is worse than a missing one).
/// </summary>
public static class FreeExerciseDb
{
    public const string Name = "free-exercise-db";
    public const string Url = "https://github.com/yuhonas/free-exercise-db";
    public const string License = "The Unlicense (public domain)";
    public const string NoDose = "free-exercise-db gives no hold time or count";

    /// <summary>One dataset record as read, before it is mapped.</summary>
    public sealed record Record(string Id, string Name, string Category, string? Level, string? Equipment, IReadOnlyList<string> Primary, IReadOnlyList<string> Secondary, IReadOnlyList<string> Instructions);

    public static IReadOnlyList<Record> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new Record(
            e.GetProperty("id").GetString()!,
            e.GetProperty("name").GetString()!,
            e.GetProperty("category").GetString() ?? "",
            Text(e, "level"),
            Text(e, "equipment"),
            Strings(e, "primaryMuscles"),
            Strings(e, "secondaryMuscles"),
            Strings(e, "instructions")))];
    }

    /// <summary>The exercise a record becomes; null when it has no instructions to follow.</summary>
    public static Exercise? Map(Record r)
    {
        var steps = r.Instructions.Select(Clean.Line).Where(s => s.Length > 0).ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        var primary = r.Primary.Select(m => Exercises.Targets.FromDatasetMuscle(m)?.Id).OfType<string>().Distinct().ToList();
        var secondary = r.Secondary.Select(m => Exercises.Targets.FromDatasetMuscle(m)?.Id).OfType<string>().Distinct().Except(primary).ToList();
        var sides = steps.Select(Cues.Sides).OfType<Laterality>().ToList();
        // A few records state a hold in their steps ("after 10-20 seconds, relax"): the importer's dose reader keeps it.
        var (dosage, _) = DoseReader.Read(steps.SelectMany(Sentences.Split));
        return Corrections.Apply(r.Id, new Exercise
        {
            Id = ExerciseId.FromName(r.Name),
            Name = r.Name.Trim(),
            Position = Cues.PositionIn(r.Name) ?? steps.Take(3).Select(Cues.PositionIn).FirstOrDefault(p => p is not null),
            Level = r.Level switch { "beginner" => Level.Beginner, "intermediate" => Level.Intermediate, "expert" => Level.Advanced, _ => null },
            Equipment = Props(r.Equipment),
            PrimaryTargets = primary,
            SecondaryTargets = secondary,
            Kind = r.Category == "stretching" ? KindWords.Of(r.Name, steps).Kind : r.Category == "cardio" ? ExerciseKind.Dynamic : ExerciseKind.Strength,
            Partner = KindWords.HasPartner(steps),
            Laterality = sides.Contains(Laterality.Alternating) ? Laterality.Alternating : sides.Count > 0 ? Laterality.Unilateral : Laterality.Bilateral,
            Dosage = dosage.Hold is null && dosage.Reps is null ? new Dosage(Note: NoDose) : dosage,
            Steps = steps,
            Source = new SourceReference($"{Name}: {r.Name.Trim()}", Url, License, $"exercises.json#{r.Id}"),
        });
    }

    private static IReadOnlyList<string> Props(string? equipment) => equipment switch
    {
        null or "body only" => [],
        "foam roll" => ["foam-roller"],
        "exercise ball" => ["exercise-ball"],
        "bands" => ["band"],
        _ => ["other"],
    };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString() ?? "")] : [];
}
