using System.Buffers;
using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// The dose an article states, from its sentences in order of authority: the first hold, breath count, repetition
/// count and set count found wins. Ranges keep both ends; a dose given only in words is kept as the note.
/// </summary>
internal static partial class DoseReader
{
    private const string Num = NumberWords.Pattern;

    // Each pattern below needs one of its unit or count words: a sentence without them skips it in one vector scan.
    private static readonly SearchValues<string> SecondsWords = Words("sec", "min", "count");
    private static readonly SearchValues<string> BreathWords = Words("breath");
    private static readonly SearchValues<string> RestWords = Words("rest");
    private static readonly SearchValues<string> RepWords = Words("x", "time", "rep", "round", "cycle", "once", "twice");
    private static readonly SearchValues<string> SetWords = Words("sets");
    private static readonly SearchValues<string> VagueWords = Words("hold", "stay", "maintain", "pause", "remain");

    public static (Dosage Dosage, double Confidence) Read(IEnumerable<string> sentences)
    {
        DoseRange? seconds = null, breaths = null, reps = null;
        int? sets = null;
        bool? perSide = null;
        double? rest = null;
        string? note = null;
        foreach (var sentence in sentences)
        {
            if (!AnyDoseWord().IsMatch(sentence))
            {
                continue;
            }

            seconds ??= Has(sentence, SecondsWords) ? Seconds(sentence) : null;
            breaths ??= Has(sentence, BreathWords) ? Breaths(sentence) : null;
            rest ??= Has(sentence, RestWords) && Rest().Match(sentence) is { Success: true } r ? NumberWords.Parse(r.Groups["a"].Value) : null;
            var counted = false;
            if (reps is null && Has(sentence, RepWords) && Reps(sentence) is { } found)
            {
                reps = found;
                counted = true;
            }

            if (sets is null && Has(sentence, SetWords) && SetCount().Match(sentence) is { Success: true } s && NumberWords.Parse(s.Groups["a"].Value) is { } count and >= 1)
            {
                sets = (int)count;
                counted = true;
            }

            if (counted && perSide is null && EachSide().IsMatch(sentence))
            {
                perSide = true;
            }

            if (note is null && Has(sentence, VagueWords) && VagueHold().IsMatch(sentence))
            {
                note = sentence.Length <= 160 ? sentence.TrimEnd('.') : sentence[..157] + "...";
            }
        }

        var hold = seconds is not null ? new HoldDose.Seconds(seconds) : breaths is not null ? new HoldDose.Breaths(breaths) : (HoldDose?)null;
        var dosage = new Dosage(hold, reps, perSide, sets, rest, hold is null && reps is null ? note : null);
        var confidence = hold is not null || reps is not null ? 0.85 : note is not null ? 0.4 : 0.2;
        return (dosage, confidence);
    }

    private static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    private static bool Has(string sentence, SearchValues<string> words) => sentence.AsSpan().ContainsAny(words);

    private static DoseRange? Seconds(string sentence)
    {
        if (HalfMinute().IsMatch(sentence))
        {
            return DoseRange.Exactly(30);
        }

        var match = Duration().Match(sentence);
        if (match.Success && !HoldWord().IsMatch(sentence) && !match.Value.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        if (match.Success)
        {
            var scale = match.Groups["u"].Value.StartsWith("m", StringComparison.OrdinalIgnoreCase) ? 60 : 1;
            return Range(match, scale, open: match.Groups["open"].Success || match.Groups["least"].Success);
        }

        var count = CountOf().Match(sentence);
        return count.Success ? Range(count, 1, open: false) : null;
    }

    private static DoseRange? Breaths(string sentence)
    {
        if (BreathOrTwo().IsMatch(sentence))
        {
            return new DoseRange(1, 2);
        }

        var match = BreathCount().Match(sentence);
        return match.Success ? Range(match, 1, open: false) : null;
    }

    private static DoseRange? Reps(string sentence)
    {
        var match = RepCount().Match(sentence);
        return match.Success ? Range(match, 1, open: false) : null;
    }

    private static DoseRange? Range(Match match, double scale, bool open)
    {
        if (NumberWords.Parse(match.Groups["a"].Value) is not { } low || low <= 0)
        {
            return null;
        }

        var high = NumberWords.Parse(match.Groups["b"].Value) ?? low;
        if (high < low)
        {
            return null;
        }

        return new DoseRange(low * scale, open ? null : high * scale);
    }

    /// <summary>Every dose names a unit, a count or a hold; a sentence with none of these is skipped in one scan.</summary>
    [GeneratedRegex(@"sec|min|breath|time|rep|round|cycle|set|count|hold|stay|pause|remain|maintain|once|twice|\dx", RegexOptions.IgnoreCase)]
    private static partial Regex AnyDoseWord();

    [GeneratedRegex(@"\b(?:hold|holding|stay|remain|count|keep|maintain|pause|rest|sit|lie|breathe|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldWord();

    [GeneratedRegex(@"(?<!every\s)(?<least>\bat least\s+|\ba minimum of\s+)?\b(?<a>" + Num + @"|an?)(?:\s*(?:to|-|–|—|or)\s*(?<b>" + Num + @"))?(?:\s*|-)(?<u>seconds?|secs?|minutes?|mins?)\b(?<open>\s+or (?:more|longer)|\+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\bhalf a minute\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfMinute();

    [GeneratedRegex(@"\bcount(?:ing)?(?: slowly)? (?:of|to) (?<a>" + Num + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOf();

    [GeneratedRegex(@"\brest(?:ing)?\b[^.]{0,25}?\b(?<a>" + Num + @")\s*(?:seconds?|secs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rest();

    [GeneratedRegex(@"\ban?\s+(?:(?:slow|deep|smooth|full|long|calm|steady|big)\s+)*breath or two\b", RegexOptions.IgnoreCase)]
    private static partial Regex BreathOrTwo();

    [GeneratedRegex(@"\b(?<a>" + Num + @")(?:\s*(?:to|-|–|—|or)\s*(?<b>" + Num + @"))?\s+(?:(?:slow|deep|full|smooth|long|calm|steady|big|easy|relaxed|complete),?\s+(?:and\s+)?)*breaths?\b", RegexOptions.IgnoreCase)]
    private static partial Regex BreathCount();

    [GeneratedRegex(@"\b(?<a>" + Num + @")(?:\s*(?:to|-|–|—|or)\s*(?<b>" + Num + @"))?\s*(?:(?:slow|full|gentle|easy|controlled|smooth)\s+)?(?:x\b|times\b|reps?\b|repetitions\b|rounds\b|cycles\b)(?!\s+(?:a|per|each)\s+(?:day|week))|\b(?<a>once|twice)\b(?=\s+(?:on|per|each|more|with|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RepCount();

    [GeneratedRegex(@"\b(?<a>" + Num + @")(?:\s*(?:to|-|–|—|or)\s*(?<b>" + Num + @"))?\s+sets\b", RegexOptions.IgnoreCase)]
    private static partial Regex SetCount();

    [GeneratedRegex(@"\b(?:each|per|either|every) (?:side|leg|hip|arm|direction)\b|\bon both sides\b|\beach way\b|\bback and forth\b|\bswitch(?:ing)? sides\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachSide();

    [GeneratedRegex(@"\b(?:hold|holding|stay|maintain|pause|remain)\b[^.]{0,160}?\b(?:few seconds|briefly|brief|short|moment|until|as long as|steady hold|a while|comfortable)\b|\b(?:short|brief|steady) hold\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueHold();
}
