using Limber.Catalog;
using Limber.Sessions;

namespace Limber.Content.Files;

/// <summary>The routines in <c>content/routines</c>, each checked against the catalog it will run on.</summary>
public static class RoutineFolder
{
    public static (IReadOnlyList<Routine> Routines, IReadOnlyList<ContentProblem> Problems) Load(string folder, ExerciseCatalog catalog)
    {
        var routines = new List<Routine>();
        var problems = new List<ContentProblem>();
        if (!Directory.Exists(folder))
        {
            return (routines, problems);
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = CatalogFolder.DisplayName(path);
            var (routine, fileProblems) = RoutineFile.Read(File.ReadAllText(path), name);
            problems.AddRange(fileProblems);
            if (routine is null)
            {
                continue;
            }

            var unknown = routine.Items.Where(i => catalog.Find(i.ExerciseId) is null).Select(i => i.ExerciseId.Value).ToList();
            problems.AddRange(unknown.Select(id => new ContentProblem(name, 0, $"unknown exercise id '{id}' in the routine")));
            if (unknown.Count == 0)
            {
                routines.Add(routine);
            }
        }

        return (routines, problems);
    }
}
