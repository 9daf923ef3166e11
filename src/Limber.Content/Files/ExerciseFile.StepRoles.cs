using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>What each step is for (setup, into, hold, release, switch): one role per step, in the steps' order.</summary>
public static partial class ExerciseFile
{
    private static IReadOnlyList<StepRole> ReadStepRoles(YamlMappingNode map, YamlFields fields, IReadOnlyList<string> steps)
    {
        var node = YamlFields.Get(map, "stepRoles");
        if (node is null || node is YamlScalarNode { Value: null or "" or "null" or "~" })
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            fields.Problem(node, $"'stepRoles' must be a list with one role per step (expected each to be one of: {string.Join(", ", Words.All<StepRole>())})");
            return [];
        }

        var roles = items.Select(item => fields.Word<StepRole>(item, "step role")).ToList();
        if (items.Children.Count != steps.Count)
        {
            fields.Problem(node, $"'stepRoles' has {items.Children.Count} role{(items.Children.Count == 1 ? "" : "s")} for {steps.Count} step{(steps.Count == 1 ? "" : "s")}: give one role per step, in the same order");
            return [];
        }

        return roles.Any(r => r is null) ? [] : [.. roles.Select(r => r!.Value)];
    }
}
