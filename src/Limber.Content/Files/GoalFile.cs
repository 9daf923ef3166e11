using Limber.Exercises;
using Limber.Planning;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>
/// <c>content/goals.yaml</c>: a list of goals, each <c>{ id, name, description, targets: {target: weight},
/// useCases: {use-case: weight} }</c>. Every problem is reported with its line.
/// </summary>
public static class GoalFile
{
    public const string FileName = "goals.yaml";

    public static (IReadOnlyList<Goal> Goals, IReadOnlyList<ContentProblem> Problems) Read(string yaml, string fileName)
    {
        var problems = new List<ContentProblem>();
        var root = YamlFields.Parse(yaml, fileName, problems);
        if (root is null)
        {
            return ([], problems);
        }

        if (root is not YamlSequenceNode list)
        {
            return ([], [new(fileName, YamlFields.Line(root), "the goals file is a list of goals")]);
        }

        var fields = new YamlFields(fileName, problems);
        var goals = new List<Goal>();
        foreach (var node in list)
        {
            if (node is not YamlMappingNode map)
            {
                fields.Problem(node, "each goal is a mapping with id, name, description, targets and useCases");
                continue;
            }

            if (ReadGoal(map, fields) is { } goal)
            {
                if (goals.Any(g => g.Id == goal.Id))
                {
                    fields.Problem(YamlFields.Get(map, "id"), $"goal '{goal.Id}' is defined twice");
                }

                goals.Add(goal);
            }
        }

        return (problems.Count == 0 ? goals : [], problems);
    }

    /// <summary>Reads the goals file of a content folder; a missing file is a problem, since the planner needs it.</summary>
    public static (IReadOnlyList<Goal> Goals, IReadOnlyList<ContentProblem> Problems) Load(string contentFolder)
    {
        var path = Path.Combine(contentFolder, FileName);
        return File.Exists(path)
            ? Read(File.ReadAllText(path), CatalogFolder.DisplayName(path))
            : ([], [new(path, 0, "the goals file is missing")]);
    }

    private static Goal? ReadGoal(YamlMappingNode map, YamlFields fields)
    {
        fields.OnlyKnownKeys(map, "a goal", ["id", "name", "description", "targets", "useCases", "kinds", "mustInclude"]);
        var id = fields.Text(map, "id", required: true);
        var name = fields.Text(map, "name", required: true);
        var description = fields.Text(map, "description") ?? "";
        var targets = Weights(map, fields, "targets", key => (Targets.IsKnown(key), key), "target (see docs/targets.md)");
        var useCases = Weights(map, fields, "useCases", key => (Words.TryParse<UseCase>(key, out var u), u), $"use case (one of: {string.Join(", ", Words.All<UseCase>())})");
        if (Entries(map, "targets") + Entries(map, "useCases") == 0)
        {
            fields.Problem(map, "a goal needs at least one weighted target or use case");
        }

        if (targets.Count > Goal.MaxTargets || useCases.Count > Goal.MaxUseCases)
        {
            fields.Problem(map, $"a goal weighs at most {Goal.MaxTargets} targets and {Goal.MaxUseCases} use cases (the planner's exact search grows threefold with each target)");
        }

        var kinds = fields.Texts(map, "kinds").Select(k => Words.TryParse<ExerciseKind>(k, out var kind) ? kind : (ExerciseKind?)null).ToList();
        if (kinds.Contains(null) || kinds.Contains(ExerciseKind.Strength))
        {
            fields.Problem(YamlFields.Get(map, "kinds"), "'kinds' lists static, dynamic or rolling (strength moves are never part of a stretching plan)");
        }

        var mustInclude = fields.Texts(map, "mustInclude");
        foreach (var target in mustInclude.Where(t => !targets.ContainsKey(t)))
        {
            fields.Problem(YamlFields.Get(map, "mustInclude"), Targets.IsKnown(target)
                ? $"'mustInclude' names '{target}', which the goal does not weigh: add it to 'targets'"
                : $"unknown target in 'mustInclude': '{target}' (see docs/targets.md)");
        }

        return id is null || name is null ? null : new Goal(id, name, description, targets, useCases)
        {
            Kinds = kinds.Count > 0 ? kinds.OfType<ExerciseKind>().ToHashSet() : new HashSet<ExerciseKind> { ExerciseKind.Static },
            MustInclude = mustInclude,
        };
    }

    private static int Entries(YamlMappingNode map, string key) => (YamlFields.Get(map, key) as YamlMappingNode)?.Children.Count ?? 0;

    private static Dictionary<TKey, double> Weights<TKey>(YamlMappingNode map, YamlFields fields, string key, Func<string, (bool Known, TKey Value)> parse, string what)
        where TKey : notnull
    {
        var weights = new Dictionary<TKey, double>();
        if (fields.Map(map, key) is not { } entries)
        {
            return weights;
        }

        foreach (var (keyNode, _) in entries.Children)
        {
            var word = (keyNode as YamlScalarNode)?.Value ?? "";
            var (known, parsed) = parse(word);
            if (!known)
            {
                fields.Problem(keyNode, $"unknown {what}: '{word}'");
                continue;
            }

            if (fields.Number(entries, word, minimum: 0) is { } weight)
            {
                weights[parsed] = weight;
            }
        }

        return weights;
    }
}
