using System.Globalization;
using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Import.Scoring;

/// <summary>
/// Reads <c>NAME.expected.yaml</c>: <c>article</c> (the article's path, relative to the file) and <c>exercises</c>,
/// a list of expected records. Doses are <c>[min, max]</c> (max null when open-ended) or null.
/// </summary>
public static class ExpectedFile
{
    public const string Suffix = ".expected.yaml";

    public static IReadOnlyList<ExpectedArticle> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ImportException($"no such folder: {folder}");
        }

        return Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal).Select(Read).ToList();
    }

    public static ExpectedArticle Read(string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var article = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Text(root, "article")!));
            var exercises = ((YamlSequenceNode)root["exercises"]).Cast<YamlMappingNode>().Select(Record).ToList();
            return new(path, article, exercises);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidCastException or KeyNotFoundException or FormatException or ArgumentException)
        {
            throw new ImportException($"{path}: not a valid expected-record file ({e.Message})");
        }
    }

    private static ExpectedRecord Record(YamlMappingNode map) => new(
        Text(map, "name") ?? throw new FormatException("every expected record needs a name"),
        List(map, "aliases"),
        Text(map, "position") is { } p ? Enum.Parse<Position>(p.Replace("-", "", StringComparison.Ordinal), ignoreCase: true) : null,
        Enum.Parse<Laterality>(Text(map, "laterality") ?? throw new FormatException("every expected record needs a laterality"), ignoreCase: true),
        Range(map, "holdSeconds"),
        Range(map, "holdBreaths"),
        Range(map, "reps"),
        Text(map, "perSide") is { } side ? bool.Parse(side) : null,
        Text(map, "sets") is { } sets ? int.Parse(sets, CultureInfo.InvariantCulture) : null,
        Count(map, "steps"),
        Count(map, "mistakes"),
        Count(map, "tips"),
        Count(map, "faq"),
        List(map, "equipment"),
        List(map, "targets"));

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } && value is not ("null" or "~" or "")
            ? value
            : null;

    private static int Count(YamlMappingNode map, string key) => int.Parse(Text(map, key) ?? "0", CultureInfo.InvariantCulture);

    private static List<string> List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode items
            ? items.Cast<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];

    private static DoseRange? Range(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            return null;
        }

        var min = double.Parse(((YamlScalarNode)pair[0]).Value!, CultureInfo.InvariantCulture);
        var max = ((YamlScalarNode)pair[1]).Value is { } top and not ("null" or "~") ? double.Parse(top, CultureInfo.InvariantCulture) : (double?)null;
        return new DoseRange(min, max);
    }
}
