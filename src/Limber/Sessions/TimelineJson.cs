using System.Text.Json.Nodes;
using Limber.Content.Export;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli.Sessions;

/// <summary>A timeline as JSON: <c>{ totalSeconds, notes, segments: [{ kind, exerciseId, side, rep, start, duration, breaths, repetitions, cues }] }</c>.</summary>
internal static class TimelineJson
{
    public static string Write(Timeline timeline) => ToNode(timeline).ToJsonString(ExerciseJson.Indented) + "\n";

    public static JsonObject ToNode(Timeline timeline) => new()
    {
        ["totalSeconds"] = timeline.TotalSeconds,
        ["notes"] = new JsonArray([.. timeline.Notes.Select(n => (JsonNode)n)]),
        ["segments"] = new JsonArray([.. timeline.Segments.Select(s => (JsonNode)new JsonObject
        {
            ["kind"] = Words.Of(s.Kind),
            ["exerciseId"] = s.ExerciseId.Value,
            ["side"] = s.Side is { } side ? Words.Of(side) : null,
            ["rep"] = s.Rep,
            ["start"] = s.Start,
            ["duration"] = s.Duration,
            ["breaths"] = s.Breaths,
            ["repetitions"] = s.Repetitions,
            ["cues"] = new JsonArray([.. s.Cues.Select(c => (JsonNode)new JsonObject
            {
                ["offset"] = c.Offset,
                ["text"] = c.Text,
                ["kind"] = Words.Of(c.Kind),
            })]),
        })]),
    };
}
