using System.Text.Json.Nodes;
using Limber.Cli.Sessions;
using Limber.Exercises;
using Limber.Progress;

namespace Limber.Cli.Web.Api;

/// <summary>
/// A session as the player reads it: <c>{ id, status, source, startedAt, resumeAt, totalSeconds, notes, changes,
/// segments, holds, exercises, rules }</c>. <c>exercises</c> carries what the player shows beside the clock (name,
/// stop signs, regressions), so it can run offline once loaded.
/// </summary>
internal static class SessionJson
{
    public static JsonObject Of(SessionBook.Open open, WebCatalog catalog, IReadOnlyList<Adjustment> changes)
    {
        var (session, timeline) = open;
        var node = TimelineJson.ToNode(timeline);
        node["id"] = session.Id;
        node["status"] = Words.Of(session.Status);
        node["source"] = session.Source;
        node["startedAt"] = session.StartedAt;
        // Like the terminal: resume after the last hold on record.
        node["resumeAt"] = session.Holds.Count == 0 ? 0 : session.Holds.Max(h => h.SegmentIndex) + 1;
        node["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)$"{c.Exercise}: {c.Reason}")]);
        node["holds"] = new JsonArray([.. session.Holds.Select(h => (JsonNode)new JsonObject
        {
            ["segment"] = h.SegmentIndex,
            ["exerciseId"] = h.Exercise.Value,
            ["side"] = h.Side is { } side ? Words.Of(side) : null,
            ["seconds"] = h.ActualSeconds,
            ["tightness"] = h.Rating?.Tightness,
            ["pain"] = h.Rating?.Pain,
            ["pinch"] = h.Rating?.Pinch,
        })]);
        var exercises = new JsonObject();
        foreach (var id in timeline.Segments.Select(s => s.ExerciseId).Distinct())
        {
            if (catalog.Exercises.Find(id) is { } e)
            {
                exercises[id.Value] = new JsonObject
                {
                    ["name"] = e.Name,
                    ["stopSigns"] = new JsonArray([.. StopSigns.For(e).Select(s => (JsonNode)s)]),
                    ["regressions"] = new JsonArray([.. e.Modifications.Where(m => m.Kind == ModificationKind.Regression)
                        .Select(m => (JsonNode)(m.Description is null ? m.Name : $"{m.Name}: {m.Description}"))]),
                    // For a stop the player must judge offline: the rules' own words, with the pain filled in there.
                    ["stopAdvice"] = Adaptation.StopAdvice(e, new Rating(0, Adaptation.StopPain)).Replace($"{Adaptation.StopPain}/{Rating.Max}", $"{{pain}}/{Rating.Max}", StringComparison.Ordinal),
                };
            }
        }

        node["exercises"] = exercises;
        node["rules"] = new JsonObject { ["backOffPain"] = Adaptation.BackOffPain, ["stopPain"] = Adaptation.StopPain, ["backOffCue"] = Adaptation.BackOffCue };
        return node;
    }
}
