using Limber.Exercises;

namespace Limber.Catalog;

/// <summary>
/// Scores every exercise against the query words. A word found in the name counts most, then aliases, then
/// targets, then the rest of the text; a word also matches with one typo, at a discount.
/// </summary>
internal static class ExerciseSearch
{
    private const double NameWeight = 8, AliasWeight = 6, TargetWeight = 4, TextWeight = 1;
    private const double TypoDiscount = 0.6;

    public static IReadOnlyList<SearchHit> Run(IEnumerable<Exercise> exercises, string text, int limit) =>
        exercises
            .Select(e => new SearchHit(e, Score(e, text)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Exercise.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .ToList();

    public static double Score(Exercise exercise, string text)
    {
        var query = Tokens.Of(text).Where(w => !Tokens.IsStopWord(w)).Distinct().ToList();
        if (query.Count == 0)
        {
            return 0;
        }

        var fields = new (HashSet<string> Words, double Weight)[]
        {
            (Tokens.Set(exercise.Name), NameWeight),
            (Tokens.Set(exercise.Aliases), AliasWeight),
            (Tokens.Set(exercise.Targets.Select(t => t.Replace('-', ' '))), TargetWeight),
            (Tokens.Set(BodyText(exercise)), TextWeight),
        };

        double total = 0;
        foreach (var word in query)
        {
            var best = fields.Max(f => f.Weight * Match(word, f.Words));
            if (best == 0)
            {
                return 0; // every word must be found somewhere: "hip back" should not match a hip-only stretch
            }

            total += best;
        }

        return total;
    }

    private static double Match(string word, HashSet<string> words)
    {
        if (words.Contains(word))
        {
            return 1;
        }

        if (word.Length >= 3 && words.Any(w => w.StartsWith(word, StringComparison.Ordinal) || Tokens.SameStem(w, word)))
        {
            return 0.9;
        }

        return words.Any(w => IsOneTypoAway(word, w)) ? TypoDiscount : 0;
    }

    /// <summary>
    /// One slip of the finger: a wrong, missing, extra or swapped letter in a word of four letters or more; in a
    /// three-letter word only a swap ("hpi"), since any other change turns "hip" into too many other words.
    /// </summary>
    private static bool IsOneTypoAway(string typed, string word)
    {
        if (typed.Length < 3 || Math.Abs(word.Length - typed.Length) > 1 || Typos.Distance(typed, word) > 1)
        {
            return false;
        }

        return typed.Length >= 4 || (word.Length == typed.Length && typed.Order().SequenceEqual(word.Order()));
    }

    private static IEnumerable<string> BodyText(Exercise e) =>
        new[] { e.Summary ?? "" }
            .Concat(e.Steps).Concat(e.Benefits).Concat(e.Tips).Concat(e.Mistakes).Concat(e.Safety)
            .Concat(e.Faq.SelectMany(f => new[] { f.Question, f.Answer }))
            .Concat(e.Modifications.Select(m => $"{m.Name} {m.Description}"))
            .Concat(e.Equipment)
            .Concat(e.UseCases.Select(u => Words.Of(u).Replace('-', ' ')))
            .Append(e.Position is { } p ? Words.Of(p) : "");
}
