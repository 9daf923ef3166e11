using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Content.Export;
using Limber.Exercises;
using Limber.Planning;
using Limber.Sessions;

namespace Limber.Content.Files;

/// <summary>
/// A plan saved as JSON: <c>{ goal, minutes, items: [{ exerciseId, name, dose: { holdSeconds, holdBreaths, reps,
/// text }, reason }], totalSeconds, coverage }</c>. Read back, it is a routine: the exercises and their doses.
/// </summary>
public static class PlanFile
{
    public static JsonObject ToNode(Plan plan, int minutes) => new()
    {
        ["goal"] = plan.Goal.Id,
        ["minutes"] = minutes,
        ["items"] = new JsonArray([.. plan.Items.Select(i => (JsonNode)new JsonObject
        {
            ["exerciseId"] = i.Exercise.Id.Value,
            ["name"] = i.Exercise.Name,
            ["dose"] = new JsonObject
            {
                ["holdSeconds"] = i.Dose.HoldSeconds,
                ["holdBreaths"] = i.Dose.HoldBreaths,
                ["reps"] = i.Dose.Reps,
                ["text"] = i.DoseText,
            },
            ["reason"] = i.Reason,
        })]),
        ["totalSeconds"] = plan.TotalSeconds,
        ["coverage"] = Math.Round(plan.Coverage, 3),
        ["notes"] = new JsonArray([.. plan.Notes.Select(n => (JsonNode)n)]),
    };

    public static string Write(Plan plan, int minutes) => ToNode(plan, minutes).ToJsonString(ExerciseJson.Indented) + "\n";

    /// <summary>The plan's exercises and doses as a routine named after the file; problems name the file and line.</summary>
    public static (Routine? Routine, IReadOnlyList<ContentProblem> Problems) Read(string json, string fileName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, [new(fileName, (int)(e.LineNumber ?? -1) + 1, $"malformed JSON: {e.Message.Split(" Path:")[0]}")]);
        }

        if (root?["items"] is not JsonArray items || items.Count == 0)
        {
            return (null, [new(fileName, 0, "a plan needs an 'items' list with at least one exercise (save one with 'limber plan ... --out FILE')")]);
        }

        var problems = new List<ContentProblem>();
        var routineItems = new List<RoutineItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var id = (items[i]?["exerciseId"] as JsonValue)?.TryGetValue<string>(out var text) == true ? text : null;
            if (!ExerciseId.TryParse(id, out var exerciseId))
            {
                problems.Add(new(fileName, 0, $"item {i + 1}: 'exerciseId' must be an exercise id, not '{id}'"));
                continue;
            }

            var dose = items[i]?["dose"];
            var chosen = new DoseOverride(Whole(dose, "holdSeconds", i, fileName, problems), Whole(dose, "holdBreaths", i, fileName, problems), Whole(dose, "reps", i, fileName, problems));
            routineItems.Add(new RoutineItem(exerciseId, chosen.IsEmpty ? null : chosen));
        }

        var name = Path.GetFileNameWithoutExtension(fileName);
        var goal = (root["goal"] as JsonValue)?.ToString();
        return problems.Count > 0 ? (null, problems) : (new Routine(name, goal is null ? name : $"Plan for {goal}", null, null, routineItems), []);
    }

    private static int? Whole(JsonNode? dose, string key, int index, string fileName, List<ContentProblem> problems)
    {
        var node = dose?[key];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var whole) && whole >= 1)
        {
            return whole;
        }

        problems.Add(new(fileName, 0, $"item {index + 1}: dose '{key}' must be a whole number of at least 1, not {node.ToJsonString()}"));
        return null;
    }
}
