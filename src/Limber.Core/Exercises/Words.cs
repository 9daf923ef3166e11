using System.Collections.Frozen;
using System.Text;

namespace Limber.Exercises;

/// <summary>
/// The words the content files and the export use for enum values: kebab-case, as in the schema
/// (<c>side-lying</c>, <c>warm-up</c>, <c>after-lower-body</c>).
/// </summary>
public static partial class Words
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToWord[value];

    public static bool TryParse<T>(string? word, out T value) where T : struct, Enum
    {
        value = default;
        return word is not null && Cache<T>.FromWord.TryGetValue(word.Trim().ToLowerInvariant(), out value);
    }

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Cache<T>.Words;

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToWord =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromWord =
            ToWord.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static readonly IReadOnlyList<string> Words = [.. Enum.GetValues<T>().Select(v => ToWord[v])];
    }
}
