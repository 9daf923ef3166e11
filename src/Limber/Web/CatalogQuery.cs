using Limber.Catalog;
using Limber.Exercises;
using Microsoft.AspNetCore.Http;

namespace Limber.Cli.Web;

/// <summary>
/// The catalog's filters and search as query parameters, shared by the list page and <c>GET /api/exercises</c>:
/// <c>target</c>, <c>position</c>, <c>equipment</c>, <c>level</c>, <c>use</c>, <c>q</c>, <c>offset</c>, <c>limit</c>.
/// </summary>
internal sealed record CatalogQuery(ExerciseFilter Filter, string? Text, int Offset, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    /// <summary>The query, or the problems with it (one per parameter) in plain words.</summary>
    public static (CatalogQuery? Query, Dictionary<string, string[]> Problems) Parse(IQueryCollection query, int defaultLimit = DefaultLimit)
    {
        var problems = new Dictionary<string, string[]>();
        var target = Word(query, "target");
        if (target is not null && !Targets.IsKnown(target))
        {
            problems["target"] = [$"unknown target '{target}'; choose one of: {string.Join(", ", Targets.All.Select(t => t.Id))}"];
        }

        var equipment = Word(query, "equipment");
        if (equipment is not null && !Props.IsKnown(equipment))
        {
            problems["equipment"] = [$"unknown prop '{equipment}'; choose one of: {string.Join(", ", Props.Known)}"];
        }

        var filter = new ExerciseFilter(target, Enum<Position>(query, "position", problems), equipment, Enum<Level>(query, "level", problems), Enum<UseCase>(query, "use", problems));
        var offset = Number(query, "offset", 0, 0, int.MaxValue, problems);
        var limit = Number(query, "limit", defaultLimit, 1, MaxLimit, problems);
        var text = Word(query, "q");
        return problems.Count > 0 ? (null, problems) : (new CatalogQuery(filter, text is { Length: > 200 } ? text[..200] : text, offset, limit), problems);
    }

    /// <summary>The matches in order (by relevance when searching, else by name), and how many there are in all.</summary>
    public (IReadOnlyList<Exercise> Page, int Total) Run(WebCatalog catalog)
    {
        if (Text is not { Length: > 0 } text)
        {
            return catalog.Filters.Select(Filter, Offset, Limit);
        }

        var matches = catalog.Exercises.Search(text, catalog.Exercises.Count).Select(h => h.Exercise).Where(Filter.Matches).ToList();
        return (matches.Skip(Offset).Take(Limit).ToList(), matches.Count);
    }

    public bool IsFiltered => Filter != new ExerciseFilter() || Text is { Length: > 0 };

    private static string? Word(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static T? Enum<T>(IQueryCollection query, string name, Dictionary<string, string[]> problems) where T : struct, System.Enum
    {
        if (Word(query, name) is not { } word)
        {
            return null;
        }

        if (Words.TryParse<T>(word, out var value))
        {
            return value;
        }

        problems[name] = [$"unknown {name} '{word}'; choose one of: {string.Join(", ", Words.All<T>())}"];
        return null;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> problems)
    {
        if (Word(query, name) is not { } word)
        {
            return fallback;
        }

        if (int.TryParse(word, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        problems[name] = [$"{name} must be a whole number from {min} to {max}, not '{word}'"];
        return fallback;
    }
}
