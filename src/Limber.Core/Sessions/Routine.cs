using Limber.Catalog;

namespace Limber.Sessions;

/// <summary>An ordered list of exercises, each with an optional dose of its own, kept as a file in content/routines.</summary>
/// <param name="Basis">Why these exercises belong together, in terms of what the sources say.</param>
public sealed record Routine(string Id, string Name, string? Description, string? Basis, IReadOnlyList<RoutineItem> Items)
{
    /// <summary>The routine's exercises looked up in <paramref name="catalog"/>; an id it does not know is a user error.</summary>
    public IReadOnlyList<SessionItem> ToSessionItems(ExerciseCatalog catalog) =>
        [.. Items.Select(item => new SessionItem(
            catalog.Find(item.ExerciseId) ?? throw new InvalidSessionException($"routine '{Id}' names '{item.ExerciseId}', which is not in the catalog"),
            item.Dose))];
}
