using Limber.Catalog;
using Limber.Exercises;

namespace Limber.Content.Files;

/// <summary>
/// A folder of exercise files (<c>content/exercises/*.yaml</c>, one exercise each, the file name its id),
/// loaded into a catalog. Problems in one file are reported with file and line; the other files still load.
/// </summary>
public static class CatalogFolder
{
    public static CatalogLoad Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new(new ExerciseCatalog([]), [new ContentProblem(folder, 0, "no such folder")]);
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Name: DisplayName(path), Text: File.ReadAllText(path)))
            .ToList();

        var problems = new List<ContentProblem>();
        var loaded = new List<(Exercise Exercise, string Name, string Text)>();
        var drafts = new List<ExerciseId>();
        foreach (var file in files)
        {
            var (exercise, draft, fileProblems) = ExerciseFile.ReadMarked(file.Text, file.Name);
            problems.AddRange(fileProblems);
            if (exercise is not null && draft is not null)
            {
                drafts.Add(exercise.Id);
            }
            else if (exercise is not null)
            {
                loaded.Add((exercise, file.Name, file.Text));
            }
        }

        var unique = KeepFirstOfEachId(loaded, problems);
        var ids = unique.Select(l => l.Exercise.Id).ToHashSet();
        foreach (var (exercise, name, text) in unique)
        {
            foreach (var missing in exercise.Related.All.Where(id => !ids.Contains(id)))
            {
                problems.Add(new(name, LineOf(text, missing.Value), $"unknown related id '{missing}': no exercise has that id"));
            }
        }

        return new(new ExerciseCatalog(unique.Select(l => l.Exercise)), problems, drafts);
    }

    private static List<(Exercise Exercise, string Name, string Text)> KeepFirstOfEachId(
        List<(Exercise Exercise, string Name, string Text)> loaded, List<ContentProblem> problems)
    {
        var seen = new Dictionary<ExerciseId, string>();
        var unique = new List<(Exercise, string, string)>();
        foreach (var entry in loaded)
        {
            if (seen.TryGetValue(entry.Exercise.Id, out var first))
            {
                problems.Add(new(entry.Name, LineOf(entry.Text, "id:"), $"duplicate id '{entry.Exercise.Id}': already used by {first}"));
                continue;
            }

            seen.Add(entry.Exercise.Id, entry.Name);
            unique.Add(entry);
        }

        return unique;
    }

    /// <summary>The path as a person would type it: relative when under the current folder, else in full.</summary>
    public static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>The last line mentioning <paramref name="text"/>: related ids sit at the end of a record.</summary>
    private static int LineOf(string fileText, string text)
    {
        var lines = fileText.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
