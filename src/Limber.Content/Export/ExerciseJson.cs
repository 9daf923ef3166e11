using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Exercises;

namespace Limber.Content.Export;

/// <summary>
/// An exercise in the exchange shape of shared/spec/exercise.schema.json: camelCase fields, every field
/// present, unstated scalars as null and unstated lists as [].
/// </summary>
public static class ExerciseJson
{
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IEnumerable<Exercise> exercises) =>
        new JsonArray([.. exercises.Select(ToNode)]).ToJsonString(Indented) + "\n";

    /// <summary>The record; <c>stepRoles</c> (an extra field the schema allows) only when the steps are marked.</summary>
    public static JsonObject ToNode(Exercise e)
    {
        var node = Fields(e);
        if (e.HasStepRoles)
        {
            var at = node.IndexOf("steps") + 1;
            node.Insert(at, "stepRoles", Texts(e.StepRoles.Select(Words.Of)));
        }

        return node;
    }

    private static JsonObject Fields(Exercise e) => new()
    {
        ["id"] = e.Id.Value,
        ["name"] = e.Name,
        ["aliases"] = Texts(e.Aliases),
        ["summary"] = e.Summary,
        ["benefits"] = Texts(e.Benefits),
        ["position"] = e.Position is { } p ? Words.Of(p) : null,
        ["level"] = e.Level is { } l ? Words.Of(l) : null,
        ["equipment"] = Texts(e.Equipment),
        ["primaryTargets"] = Texts(e.PrimaryTargets),
        ["secondaryTargets"] = Texts(e.SecondaryTargets),
        ["laterality"] = Words.Of(e.Laterality),
        ["kind"] = e.Kind is { } kind ? Words.Of(kind) : null,
        ["partner"] = e.Partner,
        ["stepsSide"] = e.StepsSide is { } side ? Words.Of(side) : null,
        ["dosage"] = Dosage(e.Dosage),
        ["steps"] = Texts(e.Steps),
        ["breathing"] = Texts(e.Breathing),
        ["mistakes"] = Texts(e.Mistakes),
        ["tips"] = Texts(e.Tips),
        ["faq"] = new JsonArray([.. e.Faq.Select(f => new JsonObject { ["question"] = f.Question, ["answer"] = f.Answer })]),
        ["safety"] = Texts(e.Safety),
        ["modifications"] = new JsonArray([.. e.Modifications.Select(ModificationNode)]),
        ["useCases"] = Texts(e.UseCases.Select(Words.Of)),
        ["related"] = new JsonObject
        {
            ["variations"] = Texts(e.Related.Variations.Select(v => v.Value)),
            ["alternatives"] = Texts(e.Related.Alternatives.Select(v => v.Value)),
        },
        ["source"] = new JsonObject
        {
            ["title"] = e.Source.Title,
            ["url"] = e.Source.Url,
            ["license"] = e.Source.License,
            ["file"] = e.Source.File,
        },
    };

    private static JsonObject Dosage(Dosage d) => new()
    {
        ["holdSeconds"] = Range((d.Hold as HoldDose.Seconds)?.Range),
        ["holdBreaths"] = Range((d.Hold as HoldDose.Breaths)?.Range),
        ["reps"] = Range(d.Reps),
        ["perSide"] = d.PerSide,
        ["sets"] = d.Sets,
        ["restSeconds"] = d.RestSeconds,
        ["note"] = d.Note,
    };

    private static JsonObject? Range(DoseRange? r) => r is null ? null : new JsonObject { ["min"] = r.Min, ["max"] = r.Max };

    private static JsonArray Texts(IEnumerable<string> texts) => new([.. texts.Select(t => (JsonNode)t)]);

    /// <summary>A modification; its own props only when it has some (an extra property the shared schema allows).</summary>
    private static JsonObject ModificationNode(Modification m)
    {
        var node = new JsonObject
        {
            ["name"] = m.Name,
            ["description"] = m.Description,
            ["kind"] = m.Kind is { } k ? Words.Of(k) : null,
        };
        if (m.Equipment.Count > 0)
        {
            node["equipment"] = Texts(m.Equipment);
        }

        return node;
    }
}
