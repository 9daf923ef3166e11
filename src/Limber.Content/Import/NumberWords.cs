using System.Collections.Frozen;
using System.Globalization;

namespace Limber.Content.Import;

/// <summary>Numbers as articles write them: digits, words, or both mixed ("eight to 12", "forty-five", "twenty five").</summary>
internal static class NumberWords
{
    /// <summary>The regex for one number, digits or words ("a" and "an" are left to the callers that allow them).</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:\.\d)?|(?:twenty|thirty|forty|fifty|sixty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["ninety"] = 90, ["once"] = 1, ["twice"] = 2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static double? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var total = 0;
        foreach (var word in text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Words.TryGetValue(word, out var value))
            {
                return null;
            }

            total += value;
        }

        return total;
    }
}
