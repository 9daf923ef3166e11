namespace Limber.Catalog;

internal static class Tokens
{
    private static readonly HashSet<string> StopWords = ["a", "an", "the", "and", "or", "of", "for", "to", "with", "in", "on", "my"];

    public static IEnumerable<string> Of(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    public static HashSet<string> Set(string text) => [.. Of(text)];

    public static HashSet<string> Set(IEnumerable<string> texts) => [.. texts.SelectMany(Of)];

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>"stretches" and "stretch", "hips" and "hip": a plural should not hide a match.</summary>
    public static bool SameStem(string a, string b) => Stem(a) == Stem(b);

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') ? word[..^1]
        : word;
}
