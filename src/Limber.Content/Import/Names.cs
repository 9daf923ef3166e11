using System.Text;
using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>An exercise's name from a heading or a page title, and the other names an article gives it.</summary>
internal static partial class Names
{
    /// <summary>
    /// The name without page furniture ("How to Do", "101 Video Tutorial", ": A Guide") and without a
    /// parenthesised other name, which <see cref="Alias"/> returns.
    /// </summary>
    public static string Of(string heading, bool singular)
    {
        var name = Clean.Line(heading).TrimEnd('?', ':', '.', ' ');
        name = Bracketed().Replace(name, "");
        name = HowTo().Replace(name, "");
        name = Subtitle().Replace(name, "");
        name = Suffix().Replace(name, "").Trim();
        if (singular)
        {
            name = Plural().Replace(name, m => m.Groups[1].Value);
        }

        if (name.Length == 0)
        {
            return Clean.Line(heading);
        }

        // A title set in capitals ("SEATED SPINAL TWIST") reads better in title case, with the small words small.
        return name.Any(char.IsLower) ? char.ToUpperInvariant(name[0]) + name[1..] : TitleCase(name);
    }

    private static string TitleCase(string capitals)
    {
        var words = capitals.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && (i == 0 || words[i] is not ("a" or "an" or "the" or "on" or "of" or "with" or "and" or "to" or "in" or "for" or "at")))
            {
                words[i] = char.ToUpperInvariant(words[i][0]) + words[i][1..];
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>"Restorative Supta Virasana (Reclined Hero Pose)" gives "Reclined Hero Pose"; asides such as "(video)" give nothing.</summary>
    public static string? Alias(string heading)
    {
        var match = Bracketed().Match(Clean.Line(heading));
        if (!match.Success)
        {
            return null;
        }

        var alias = match.Groups[1].Value.Trim();
        return alias.Length > 2 && char.IsUpper(alias[0]) && !NotAName().IsMatch(alias) ? alias : null;
    }

    /// <summary>Other names given in prose: "also known as the reclined pigeon", "sometimes called Figure Four".</summary>
    public static IEnumerable<string> KnownAs(string sentence)
    {
        foreach (Match match in AlsoKnownAs().Matches(sentence))
        {
            var alias = match.Groups[1].Value.Trim();
            if (alias.Length > 2)
            {
                yield return char.ToUpperInvariant(alias[0]) + alias[1..];
            }
        }
    }

    /// <summary>A comparison key: letters and digits only, lower case, a closing plural made singular.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var key = builder.ToString();
        return key.EndsWith("stretches", StringComparison.Ordinal) ? key[..^2] : key.EndsWith("poses", StringComparison.Ordinal) ? key[..^1] : key;
    }

    [GeneratedRegex(@"\s*\(([^)]{1,60})\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?:how (?:to|do you) (?:do|perform|practice|practise)(?: an?| the)?|how to|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"\s*(?::|\s[-–—|]\s).*$")]
    private static partial Regex Subtitle();

    [GeneratedRegex(@"(?:\s+\d{3}\b.*|\s+(?:video tutorial|tutorial|guide|exercise guide|explained|step[- ]by[- ]step|instructions)\b.*|\s+exercises?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\b(Stretch|Pose|Exercise|Twist|Lunge|Fold|Bend)(?:es|s)$")]
    private static partial Regex Plural();

    [GeneratedRegex(@"^(?:video|photo|image|optional|advanced|beginner|easy|variation|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"\b(?i:also (?:known as|called)|sometimes called|a\.k\.a\.?|aka|often called|otherwise known as)\s+(?:(?i:the|a)\s+)?[""']?([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|(?:of|the|and|with)(?=\s+[A-Z])))*)")]
    private static partial Regex AlsoKnownAs();
}
