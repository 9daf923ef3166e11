using System.Text.Json.Nodes;
using System.Xml;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Content.Export;

/// <summary>
/// An exercise as schema.org <c>HowTo</c> JSON-LD, for other tools to read: the steps as <c>HowToStep</c>, the props
/// as <c>HowToTool</c> (a mat or a strap is used, not used up, so nothing is a <c>HowToSupply</c>), and
/// <c>totalTime</c> as an ISO 8601 duration: how long Limber's player takes for it with the default options.
/// </summary>
public static class ExerciseJsonLd
{
    private const string Context = "https://schema.org";

    /// <summary>The whole catalog as one JSON-LD document: <c>{ "@context", "@graph": [HowTo...] }</c>.</summary>
    public static string Write(IEnumerable<Exercise> exercises) =>
        new JsonObject { ["@context"] = Context, ["@graph"] = new JsonArray([.. exercises.Select(e => (JsonNode)HowTo(e, withContext: false))]) }
            .ToJsonString(ExerciseJson.Indented) + "\n";

    public static JsonObject HowTo(Exercise e, bool withContext = true)
    {
        var node = new JsonObject();
        if (withContext)
        {
            node["@context"] = Context;
        }

        node["@type"] = "HowTo";
        node["identifier"] = e.Id.Value;
        node["name"] = e.Name;
        if (e.Aliases.Count > 0)
        {
            node["alternateName"] = new JsonArray([.. e.Aliases.Select(a => (JsonNode)a)]);
        }

        if (e.Summary is not null)
        {
            node["description"] = e.Summary;
        }

        node["totalTime"] = XmlConvert.ToString(TimeSpan.FromSeconds(TimelineBuilder.Build([new SessionItem(e)], SessionOptions.Default).TotalSeconds));
        node["tool"] = new JsonArray([.. e.Equipment.Select(p => (JsonNode)new JsonObject { ["@type"] = "HowToTool", ["name"] = p })]);
        node["supply"] = new JsonArray();
        node["step"] = new JsonArray([.. e.Steps.Select((s, i) => (JsonNode)new JsonObject { ["@type"] = "HowToStep", ["position"] = i + 1, ["text"] = s })]);
        node["keywords"] = string.Join(", ", e.Targets.Concat(e.UseCases.Select(Words.Of)));
        var source = new JsonObject { ["@type"] = "CreativeWork", ["name"] = e.Source.Title };
        if (e.Source.WebUrl is { } url)
        {
            source["url"] = url;
        }

        if (e.Source.License is not null)
        {
            source["license"] = e.Source.License;
        }

        node["isBasedOn"] = source;
        return node;
    }
}
