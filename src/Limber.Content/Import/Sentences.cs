using System.Collections.Frozen;

namespace Limber.Content.Import;

/// <summary>Sentence splitting that survives abbreviations, decimals and brackets, and the test for an instruction.</summary>
internal static class Sentences
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["e.g", "i.e", "etc", "approx", "dr", "mr", "mrs", "ms", "st", "vs", "no", "fig", "min", "sec", "secs", "cf", "ca"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs an instruction starts with ("Lie on your back", "Slowly bring the knee up").</summary>
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "lie", "lay", "sit", "stand", "kneel", "start", "begin", "place", "put", "bend", "keep", "bring", "hold", "drop", "lower",
        "raise", "lift", "cross", "extend", "reach", "rest", "press", "pull", "push", "turn", "rotate", "slide", "repeat", "step",
        "let", "move", "return", "relax", "straighten", "grab", "grasp", "hinge", "fold", "take", "breathe", "inhale", "exhale",
        "draw", "tuck", "stay", "allow", "switch", "roll", "walk", "lean", "shift", "sink", "settle", "come", "go", "open", "squeeze",
        "tighten", "engage", "brace", "separate", "spread", "flex", "point", "hug", "clasp", "interlace", "wrap", "loop", "recline",
        "release", "pause", "maintain", "continue", "use", "set", "find", "make", "aim", "stretch", "position", "face", "gently",
        "slowly", "now", "then", "next", "finally", "first", "carefully", "try", "guide", "swing", "circle", "look", "gaze", "tilt",
        "lengthen", "square", "drive", "hook", "support", "avoid", "do", "perform", "change", "get", "ensure", "feel", "work",
    ], StringComparer.OrdinalIgnoreCase);

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is '.' or '!' or '?' && depth == 0 && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')')
                {
                    end++;
                }

                Add(sentences, text[start..end]);
                start = end;
                i = end - 1;
            }
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 1 || (trimmed.Length == 1 && char.IsLetterOrDigit(trimmed[0])))
        {
            sentences.Add(trimmed);
        }
    }

    /// <summary>A stop ends a sentence when a space and a capital (or a quote or bracket) follow, and it ends no abbreviation.</summary>
    private static bool EndsSentence(string text, int at)
    {
        var next = at + 1;
        while (next < text.Length && text[next] is '"' or '\'' or ')')
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (text[next] != ' ' || next + 1 >= text.Length)
        {
            return false;
        }

        var after = text[next + 1];
        if (!(char.IsUpper(after) || char.IsDigit(after) || after is '"' or '\'' or '('))
        {
            return false;
        }

        if (text[at] != '.')
        {
            return true;
        }

        var wordStart = at;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, at - wordStart);
        return word.Length != 1 || !char.IsUpper(word[0]) ? !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) : false;
    }

    /// <summary>True when the sentence starts with an instruction verb, after an optional "slowly", "now" and the like.</summary>
    public static bool IsInstruction(string sentence)
    {
        var word = FirstWord(sentence);
        return word.Length > 0 && Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static ReadOnlySpan<char> FirstWord(string sentence)
    {
        var span = sentence.AsSpan().TrimStart("\"'(-•* ");
        var end = 0;
        while (end < span.Length && (char.IsLetter(span[end]) || span[end] == '\''))
        {
            end++;
        }

        return span[..end];
    }
}
