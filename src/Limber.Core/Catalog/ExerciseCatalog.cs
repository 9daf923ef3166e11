using System.Collections.Frozen;
using Limber.Exercises;

namespace Limber.Catalog;

/// <summary>The exercises Limber knows, in a stable order (by name), looked up by id.</summary>
public sealed class ExerciseCatalog
{
    private readonly FrozenDictionary<ExerciseId, Exercise> byId;

    public ExerciseCatalog(IEnumerable<Exercise> exercises)
    {
        Exercises = [.. exercises.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id.Value, StringComparer.Ordinal)];
        var duplicate = Exercises.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The id '{duplicate.Key}' is used by more than one exercise.", nameof(exercises));
        }

        byId = Exercises.ToFrozenDictionary(e => e.Id);
    }

    public IReadOnlyList<Exercise> Exercises { get; }

    public int Count => Exercises.Count;

    public Exercise? Find(ExerciseId id) => byId.GetValueOrDefault(id);

    public Exercise? Find(string id) => ExerciseId.TryParse(id, out var parsed) ? Find(parsed) : null;

    public IEnumerable<Exercise> Where(ExerciseFilter filter) => Exercises.Where(filter.Matches);

    /// <summary>Ranked matches over name, aliases, targets and text; each query word may carry one typo.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int limit = 20) => ExerciseSearch.Run(Exercises, text, limit);

    /// <summary>The ids that look most like <paramref name="text"/>, for "did you mean" after an unknown id.</summary>
    public IReadOnlyList<ExerciseId> Closest(string text, int limit = 3)
    {
        var wanted = text.Trim().ToLowerInvariant();
        return Exercises
            .Select(e => (e.Id, Score: Likeness(wanted, e)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Id.Value, StringComparer.Ordinal)
            .Take(limit)
            .Select(p => p.Id)
            .ToList();
    }

    private static double Likeness(string wanted, Exercise exercise)
    {
        var id = exercise.Id.Value;
        if (wanted.Length == 0)
        {
            return 0;
        }

        if (id.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(id, StringComparison.Ordinal))
        {
            return 2;
        }

        var distance = Typos.Distance(wanted, id);
        var closeness = 1 - ((double)distance / Math.Max(wanted.Length, id.Length));
        var byWords = ExerciseSearch.Score(exercise, wanted.Replace('-', ' ')) > 0 ? 0.5 : 0;
        var score = Math.Max(closeness, byWords);
        return score >= 0.5 ? score : 0;
    }
}
