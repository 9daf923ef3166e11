using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Testing;

/// <summary>
/// Finds what a person should never read in Limber's output: the files' vocabulary ids (<c>hip-rotators</c>,
/// <c>side-lying</c>, <c>foam-roller</c>), seed file names, "not stated" and "Limber's default".
/// </summary>
internal static class CodeWords
{
    /// <summary>
    /// The ids with a dash: those without one ("glutes", "prone") are plain words already. Warm-up and cool-down
    /// are English words spelled with their dash (the articles say "a gentle warm-up"), so they are not code.
    /// </summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        .. Targets.All.Select(t => t.Id).Concat(Words.All<Position>()).Concat(Props.Known).Concat(Words.All<UseCase>())
            .Where(id => id.Contains('-', StringComparison.Ordinal) && id is not ("warm-up" or "cool-down"))
            .Distinct(),
    ];

    // An id counts only standing alone: inside an exercise id (lying-cross-over-lower-back-stretch), which the CLI
    // shows because 'limber show' takes it, it is part of a name. Ids are lower-case, so "Side-Lying Floor Stretch"
    // (an exercise's name) is not one either.
    private static readonly Regex Pattern = new(
        $@"(?<![\w-])(?:{string.Join('|', Ids.Select(Regex.Escape))})(?![\w-])|\d{{3}}_[0-9a-f]{{16}}\.txt|(?i:not stated|Limber['’]s default)",
        RegexOptions.CultureInvariant);

    /// <summary>Each finding with the text around it, so a failure shows where it is.</summary>
    public static IReadOnlyList<string> In(string text) =>
        [.. Pattern.Matches(text).Select(m => $"“{m.Value}” in “…{Around(text, m)}…”")];

    private static string Around(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 60);
        var end = Math.Min(text.Length, m.Index + m.Length + 60);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
