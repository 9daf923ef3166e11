using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Limber.Catalog;
using Limber.Content.Export;
using Limber.Exercises;

namespace Limber.Content.Datasets;

/// <summary>
/// Writes a dataset's exercises into a catalog folder, safely run again: a file written earlier and left as it was
/// is rewritten only if the dataset changed; a file edited since (its hash differs from the one noted when it was
/// written) is kept unless forced. An exercise the catalog already has under the same name is not duplicated; one
/// whose name is part of a catalog exercise's name or alias ("Lying Crossover") is linked to it as a variation.
/// </summary>
public sealed class DatasetImport(string folder, ExerciseCatalog existing, bool force)
{
    public const string ManifestName = ".free-exercise-db.json";

    public sealed record Report(int Added, int Updated, int Unchanged, IReadOnlyList<string> KeptEdits, IReadOnlyList<string> AlreadyThere, IReadOnlyList<string> Linked);

    public Report Run(IEnumerable<Exercise> exercises)
    {
        var manifestPath = Path.Combine(folder, ManifestName);
        var manifest = File.Exists(manifestPath)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifestPath)) ?? []
            : [];
        var ours = manifest.Keys.Select(f => new ExerciseId(Path.GetFileNameWithoutExtension(f))).ToHashSet();
        var others = existing.Exercises.Where(e => !ours.Contains(e.Id)).ToList();
        int added = 0, updated = 0, unchanged = 0;
        List<string> kept = [], already = [], linked = [];
        Directory.CreateDirectory(folder);
        foreach (var exercise in exercises.DistinctBy(e => e.Id))
        {
            if (others.FirstOrDefault(o => o.Id == exercise.Id || Key(o.Name) == Key(exercise.Name) || o.Aliases.Any(a => Key(a) == Key(exercise.Name))) is { } same)
            {
                already.Add($"{exercise.Name} is the catalog's {same.Id}");
                continue;
            }

            var record = exercise;
            if (others.FirstOrDefault(o => Contains(o, exercise.Name)) is { } near)
            {
                record = exercise with { Related = new RelatedExercises([near.Id], []) };
                linked.Add($"{exercise.Name} -> variation of {near.Id}");
            }

            var file = $"{record.Id.Value}.yaml";
            var path = Path.Combine(folder, file);
            var text = ExerciseYaml.WriteOne(record);
            if (File.Exists(path))
            {
                var current = File.ReadAllText(path);
                var untouched = manifest.TryGetValue(file, out var noted) && noted == Hash(current);
                if (!untouched && !force)
                {
                    kept.Add(file);
                    continue;
                }

                if (current == text)
                {
                    unchanged++;
                    continue;
                }

                updated++;
            }
            else
            {
                added++;
            }

            File.WriteAllText(path, text);
            manifest[file] = Hash(text);
        }

        var sorted = new SortedDictionary<string, string>(manifest, StringComparer.Ordinal);
        var json = JsonSerializer.Serialize(sorted, ExerciseJson.Indented) + "\n";
        if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != json)
        {
            File.WriteAllText(manifestPath, json);
        }

        return new Report(added, updated, unchanged, kept, already, linked);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A name's letters and digits only: "Cross-Over" and "Crossover" are one name.</summary>
    private static string Key(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    private static bool Contains(Exercise catalogExercise, string datasetName)
    {
        var key = Key(datasetName.Replace("stretch", "", StringComparison.OrdinalIgnoreCase));
        return key.Length >= 8 && catalogExercise.Aliases.Prepend(catalogExercise.Name).Any(n => Key(n).Contains(key, StringComparison.Ordinal));
    }
}
