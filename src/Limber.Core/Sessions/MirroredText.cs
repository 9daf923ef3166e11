using System.Text.RegularExpressions;

namespace Limber.Sessions;

/// <summary>
/// Steps written for one side, read for the other: left and right swapped, so someone starting on the left hears
/// "cross the left ankle over the right leg" rather than an instruction to mirror what they hear.
/// </summary>
public static partial class MirroredText
{
    /// <summary>
    /// The text as it reads on <paramref name="side"/>: mirrored when it is written for the other side, unchanged
    /// when it is written for this side, for no side, or the hold works both sides at once.
    /// </summary>
    public static string For(string text, Side? writtenFor, Side? side) =>
        writtenFor is { } written && side is { } on && written != on ? Of(text) : text;

    /// <summary>
    /// Swaps the words left and right, whole words only ("left-hand", "leftward", "rightmost" too; "leftover" and
    /// "righteous" stay), keeping their capitals: "Left" becomes "Right", "LEFT" becomes "RIGHT". Phrases where
    /// "right" names no side ("right away", "right now", "all right", "a right angle") stay as they are.
    /// </summary>
    public static string Of(string text) => SideWord().Replace(text, m => m.Groups["side"].Success ? Swap(m.Value) : m.Value);

    private static string Swap(string word)
    {
        var other = word.Equals("left", StringComparison.OrdinalIgnoreCase) ? "right" : "left";
        return word.All(char.IsUpper) ? other.ToUpperInvariant()
            : char.IsUpper(word[0]) ? char.ToUpperInvariant(other[0]) + other[1..]
            : other;
    }

    // The idioms come first in the alternation so they win at the same position and are kept as they are.
    [GeneratedRegex(@"\b(?:all\s+right|right\s+(?:away|now|angles?|angled)|right-angled?)\b|\b(?<side>left|right)(?=(?:wards?|most)?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SideWord();
}
