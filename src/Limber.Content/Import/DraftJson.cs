using System.Text.Json.Nodes;
using Limber.Content.Export;

namespace Limber.Content.Import;

/// <summary>
/// A draft as a record per the schema plus a <c>draft</c> field: the article it came from and a confidence per
/// field. The schema allows extra fields, so a draft validates as a record; the catalog skips it until reviewed.
/// </summary>
public static class DraftJson
{
    public static JsonObject ToNode(ExerciseDraft draft)
    {
        var node = ExerciseJson.ToNode(draft.Exercise);
        var confidence = new JsonObject();
        foreach (var (field, value) in draft.Confidence.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            confidence[field] = Math.Round(value, 2);
        }

        node["draft"] = new JsonObject
        {
            ["article"] = draft.Article,
            ["confidence"] = confidence,
            ["note"] = "Imported automatically: check every field against the article and put the wording in your own words before accepting.",
        };
        return node;
    }

    public static string Write(IEnumerable<ExerciseDraft> drafts) =>
        new JsonArray([.. drafts.Select(ToNode)]).ToJsonString(ExerciseJson.Indented) + "\n";
}
