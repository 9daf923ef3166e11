using Limber.Catalog;
using Limber.Exercises;

namespace Limber.Content.Files;

/// <summary>The catalog that loaded and every problem found on the way; a broken file does not stop the others.</summary>
/// <remarks><see cref="Drafts"/> are imported records waiting for review: checked, but not in the catalog.</remarks>
public sealed record CatalogLoad(ExerciseCatalog Catalog, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ExerciseId> Drafts)
{
    public CatalogLoad(ExerciseCatalog catalog, IReadOnlyList<ContentProblem> problems)
        : this(catalog, problems, [])
    {
    }

    public bool IsClean => Problems.Count == 0;
}
