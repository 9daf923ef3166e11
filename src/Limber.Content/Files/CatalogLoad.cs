using Limber.Catalog;

namespace Limber.Content.Files;

/// <summary>The catalog that loaded and every problem found on the way; a broken file does not stop the others.</summary>
public sealed record CatalogLoad(ExerciseCatalog Catalog, IReadOnlyList<ContentProblem> Problems)
{
    public bool IsClean => Problems.Count == 0;
}
