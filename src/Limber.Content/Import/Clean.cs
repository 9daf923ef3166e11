using System.Text;

namespace Limber.Content.Import;

/// <summary>Text as a field holds it: one line, single spaces, straight quotes, no control characters and no markup.</summary>
internal static class Clean
{
    public static string Line(string text) => IsClean(text) ? text : Cleaned(text);

    /// <summary>Most lines need nothing: printable ASCII, single spaces inside, nothing shaped like a tag.</summary>
    private static bool IsClean(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal))
        {
            return text.Length == 0;
        }

        return !text.AsSpan().ContainsAnyExceptInRange(' ', '~') && !text.Contains('<', StringComparison.Ordinal);
    }

    private static string Cleaned(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        var inTag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Anything shaped like a tag is dropped, so markup typed into a plain-text article never reaches a field.
            if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                inTag = true;
                continue;
            }

            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            c = c switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u00A0' or '\u2009' or '\u202F' => ' ',
                _ => c,
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\uFFFD')
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static int Words(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
