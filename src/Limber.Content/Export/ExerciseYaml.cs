using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Exercises;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Export;

/// <summary>The export in YAML: the same tree as <see cref="ExerciseJson"/>, so the two formats never drift apart.</summary>
public static class ExerciseYaml
{
    public static string Write(IEnumerable<Exercise> exercises) =>
        Save(ToYaml(new JsonArray([.. exercises.Select(ExerciseJson.ToNode)])));

    /// <summary>One record as a content file: the shape <c>content/exercises/ID.yaml</c> holds.</summary>
    public static string WriteOne(Exercise exercise) => Save(ToYaml(ExerciseJson.ToNode(exercise)));

    /// <summary>Any record tree (a draft's, with its review fields) as YAML.</summary>
    public static string Write(JsonNode node) => Save(ToYaml(node));

    private static string Save(YamlNode root)
    {
        var text = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);
        var yaml = text.ToString();
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }

    private static YamlNode ToYaml(JsonNode? node) => node switch
    {
        null => new YamlScalarNode("null") { Style = ScalarStyle.Plain },
        JsonObject o => new YamlMappingNode(o.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), ToYaml(p.Value)))),
        JsonArray a => a.Count == 0
            ? new YamlSequenceNode { Style = SequenceStyle.Flow }
            : new YamlSequenceNode(a.Select(ToYaml)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Text(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => new YamlScalarNode(v.ToJsonString()) { Style = ScalarStyle.Plain },
        _ => new YamlScalarNode(node.ToJsonString()) { Style = ScalarStyle.Plain },
    };

    /// <summary>Quotes text that YAML would otherwise read as null, a flag or a number.</summary>
    private static YamlScalarNode Text(string text) =>
        text is "" or "~" or "null" or "true" or "false" or "yes" or "no" || double.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted }
            : new YamlScalarNode(text);
}
