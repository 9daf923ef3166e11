namespace Limber.Content.Import;

/// <summary>The sentences of the texts one draft reads: each text is split once, however many fields read it.</summary>
internal sealed class SplitOnce
{
    private readonly Dictionary<string, List<string>> seen = new(StringComparer.Ordinal);

    public List<string> Of(string text)
    {
        if (!seen.TryGetValue(text, out var sentences))
        {
            sentences = Sentences.Split(text);
            seen[text] = sentences;
        }

        return sentences;
    }
}
