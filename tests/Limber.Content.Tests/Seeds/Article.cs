using System.Text.RegularExpressions;

namespace Limber.Content.Tests.Seeds;

/// <summary>Reads the structure of a seed article in place (never a copy) so the catalog can be pinned to it.</summary>
internal sealed partial class Article(string text)
{
    private readonly string[] lines = text.Split('\n').Select(l => l.Trim()).ToArray();

    public string Text { get; } = text;

    /// <summary>The non-empty lines after <paramref name="heading"/> and before <paramref name="next"/>.</summary>
    public IReadOnlyList<string> Section(string heading, string? next)
    {
        var start = Array.FindIndex(lines, l => l == heading);
        if (start < 0)
        {
            throw new InvalidOperationException($"heading '{heading}' not found");
        }

        var end = next is null ? lines.Length : Array.FindIndex(lines, start + 1, l => l == next);
        return lines[(start + 1)..(end < 0 ? lines.Length : end)].Where(l => l.Length > 0).ToList();
    }

    /// <summary>List items: lines starting with "- ", "• " or "N. ".</summary>
    public IReadOnlyList<string> Items(string heading, string? next) =>
        Section(heading, next).Where(l => ListItem().IsMatch(l)).ToList();

    public IReadOnlyList<string> Questions(string heading) =>
        Section(heading, null).Where(l => l.EndsWith('?')).ToList();

    /// <summary>The numbers in "30 to 60 seconds", "eight to 12 times", "five to 10 deep breaths".</summary>
    public (double Min, double Max) Range(string pattern)
    {
        var match = Regex.Match(Text, pattern, RegexOptions.IgnoreCase);
        if (!match.Success)
        {
            throw new InvalidOperationException($"'{pattern}' not found in the article");
        }

        var min = Number(match.Groups["min"].Value);
        return (min, match.Groups["max"].Success ? Number(match.Groups["max"].Value) : min);
    }

    private static double Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "five" => 5,
        "eight" => 8,
        "ten" => 10,
        var digits => double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(-|•|\d+\.)\s")]
    private static partial Regex ListItem();
}
