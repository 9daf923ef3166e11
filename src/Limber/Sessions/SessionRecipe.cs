using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Catalog;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli.Sessions;

/// <summary>
/// What a session ran, stored with it so the same timeline can be rebuilt to resume it: the items (exercise, dose,
/// tighter side, caution) and the options.
/// </summary>
internal static class SessionRecipe
{
    public static string Write(IReadOnlyList<SessionItem> items, SessionOptions options) => new JsonObject
    {
        ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
        {
            ["exerciseId"] = i.Exercise.Id.Value,
            ["holdSeconds"] = i.Dose?.HoldSeconds,
            ["holdBreaths"] = i.Dose?.HoldBreaths,
            ["reps"] = i.Dose?.Reps,
            ["tighterSide"] = i.TighterSide is { } t ? Words.Of(t) : null,
            ["caution"] = i.Caution,
        })]),
        ["options"] = new JsonObject
        {
            ["point"] = options.Point is { } p ? Words.Of(p) : null,
            ["level"] = options.Level is { } l ? Words.Of(l) : null,
            ["tighterSide"] = options.TighterSide is { } s ? Words.Of(s) : null,
            ["restSeconds"] = options.RestSeconds,
            ["breathsPerMinute"] = options.BreathsPerMinute,
        },
    }.ToJsonString();

    /// <summary>
    /// The items and options back, or null when the recipe no longer fits the catalog: an exercise was removed, or
    /// its dose no longer fits it (a session saved when a movement was still played as holds).
    /// </summary>
    public static (IReadOnlyList<SessionItem> Items, SessionOptions Options)? Read(string recipe, ExerciseCatalog catalog)
    {
        try
        {
            var root = JsonNode.Parse(recipe)!;
            var items = new List<SessionItem>();
            foreach (var node in root["items"]!.AsArray())
            {
                if (catalog.Find((string)node!["exerciseId"]!) is not { } exercise)
                {
                    return null;
                }

                var dose = new DoseOverride((int?)node["holdSeconds"], (int?)node["holdBreaths"], (int?)node["reps"]);
                items.Add(new SessionItem(exercise, dose.IsEmpty ? null : dose, Word<Side>(node["tighterSide"]), (string?)node["caution"]));
            }

            var o = root["options"]!;
            var options = new SessionOptions(
                Point: Word<DosePoint>(o["point"]),
                Level: Word<Level>(o["level"]),
                TighterSide: Word<Side>(o["tighterSide"]),
                RestSeconds: (int)o["restSeconds"]!,
                BreathsPerMinute: (double)o["breathsPerMinute"]!);
            TimelineBuilder.Build(items, options); // throws InvalidSessionException when a dose no longer fits
            return (items, options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or FormatException or InvalidSessionException)
        {
            return null;
        }
    }

    private static T? Word<T>(JsonNode? node) where T : struct, Enum =>
        node is null ? null : Words.TryParse<T>((string?)node, out var value) ? value : null;
}
