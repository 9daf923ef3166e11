using Limber.Exercises;

namespace Limber.Cli;

/// <summary>Reads an option's word into an enum, or fails with the list of words that would work.</summary>
internal static class Choice
{
    public static T? Parse<T>(string? word, string option) where T : struct, Enum =>
        word is null ? null
        : Words.TryParse<T>(word, out var value) ? value
        : throw new UserError($"unknown {option} '{word}' (choose one of: {string.Join(", ", Words.All<T>())})");
}
