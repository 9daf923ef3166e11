using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>
/// Reads typed fields out of a YAML mapping and notes every problem with its line, instead of stopping at the
/// first: a person fixing a file wants the whole list at once.
/// </summary>
internal sealed class YamlFields(string file, List<ContentProblem> problems)
{
    private static readonly HashSet<string> NullWords = ["", "~", "null", "Null", "NULL"];

    /// <summary>The root node of the first document, or null with a problem (empty file, malformed YAML and its line).</summary>
    public static YamlNode? Parse(string text, string fileName, List<ContentProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
            {
                problems.Add(new(fileName, 0, "the file is empty"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            problems.Add(new(fileName, (int)e.Start.Line, $"malformed YAML: {Innermost(e).Message}"));
            return null;
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    public void Problem(YamlNode? node, string message) => problems.Add(new(file, Line(node), message));

    public static int Line(YamlNode? node) => node is null ? 0 : (int)node.Start.Line;

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: var v } && NullWords.Contains(v ?? "");

    /// <summary>Reports keys outside <paramref name="known"/>: almost always a typo such as <c>mistake:</c>.</summary>
    public void OnlyKnownKeys(YamlMappingNode map, string where, IReadOnlyCollection<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Problem(key, $"unknown field '{name}' in {where} (known: {string.Join(", ", known)})");
            }
        }
    }

    public YamlMappingNode? Map(YamlMappingNode parent, string key)
    {
        var node = Get(parent, key);
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Problem(node, $"'{key}' must be a mapping of fields");
        return null;
    }

    public string? Text(YamlMappingNode map, string key, bool required = false, YamlNode? at = null)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(at ?? map, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        Problem(node, required || node is not YamlScalarNode ? $"'{key}' must be a non-empty text" : $"'{key}' is empty: leave it out or write null");
        return null;
    }

    public IReadOnlyList<string> Texts(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            Problem(node, $"'{key}' must be a list");
            return [];
        }

        var texts = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } value } && !IsNull(item) && value.Trim().Length > 0)
            {
                texts.Add(value.Trim());
            }
            else
            {
                Problem(item, $"each item of '{key}' must be a non-empty text");
            }
        }

        return texts;
    }

    public IReadOnlyList<YamlMappingNode> Maps(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode items)
        {
            Problem(node, $"'{key}' must be a list");
            return [];
        }

        var maps = new List<YamlMappingNode>();
        foreach (var item in items)
        {
            if (item is YamlMappingNode m)
            {
                maps.Add(m);
            }
            else
            {
                Problem(item, $"each item of '{key}' must be a mapping of fields");
            }
        }

        return maps;
    }

    public T? Word<T>(YamlMappingNode map, string key, bool required = false) where T : struct, Enum
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Problem(map, $"missing required field '{key}'");
            }

            return null;
        }

        return Word<T>(node, key);
    }

    public T? Word<T>(YamlNode node, string key) where T : struct, Enum
    {
        var text = (node as YamlScalarNode)?.Value;
        if (Exercises.Words.TryParse<T>(text, out var value))
        {
            return value;
        }

        Problem(node, $"unknown {key} '{text}' (expected one of: {string.Join(", ", Exercises.Words.All<T>())})");
        return null;
    }

    public double? Number(YamlMappingNode map, string key, double minimum = 0)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            if (value >= minimum)
            {
                return value;
            }

            Problem(node, $"'{key}' must be at least {minimum}, not {text}");
            return null;
        }

        Problem(node, $"'{key}' must be a number, not '{(node as YamlScalarNode)?.Value}'");
        return null;
    }

    public bool? Flag(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch ((node as YamlScalarNode)?.Value?.ToLowerInvariant())
        {
            case null when node is null:
                return null;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Problem(node, $"'{key}' must be true or false");
                return null;
        }
    }
}
