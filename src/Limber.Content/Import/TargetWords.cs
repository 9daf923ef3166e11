using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>
/// Body regions named in prose, mapped to the target vocabulary. Prose names only what it can name safely: a
/// step that says "relax your shoulders" is not a shoulder stretch, so upper-body targets come only from a
/// name or a synopsis field; and the part of a sentence after "not", "instead of" or "without" is not read.
/// </summary>
internal static partial class TargetWords
{
    private static readonly (Regex Pattern, string Target)[] Prose =
    [
        (Hamstrings(), "hamstrings"),
        (Rotators(), "hip-rotators"),
        (OuterHip(), "outer-hip"),
        (Glutes(), "glutes"),
        (HipFlexors(), "hip-flexors"),
        (Adductors(), "adductors"),
        (LowerBack(), "lower-back"),
        (Obliques(), "obliques"),
        (Core(), "abdominals"),
        (Quadriceps(), "quadriceps"),
        (Calves(), "calves"),
        (MiddleBack(), "middle-back"),
        (Lats(), "lats"),
    ];

    private static readonly (Regex Pattern, string Target)[] Named =
    [
        .. Prose,
        (Chest(), "chest"),
        (Shoulders(), "shoulders"),
        (Neck(), "neck"),
        (Traps(), "traps"),
        (Triceps(), "triceps"),
        (Biceps(), "biceps"),
        (Forearms(), "forearms"),
    ];

    /// <summary>Targets a prose sentence names, in the order it names them.</summary>
    public static IEnumerable<string> InProse(string sentence) => AnyRegion().IsMatch(sentence) ? Find(Affirmed(sentence), Prose) : [];

    /// <summary>Targets a name or a synopsis value names ("Chest Stretch", "Target Muscle Group: Hamstrings").</summary>
    public static IEnumerable<string> InName(string text) => Find(text, Named);

    /// <summary>True when a sentence is about what the exercise works, not how to move.</summary>
    public static bool SpeaksOfTargets(string sentence) => TargetVerb().IsMatch(sentence);

    private static IEnumerable<string> Find(string text, (Regex Pattern, string Target)[] table) =>
        table.Select(t => (t.Target, Match: t.Pattern.Match(text)))
            .Where(t => t.Match.Success)
            .OrderBy(t => t.Match.Index)
            .Select(t => t.Target);

    private static string Affirmed(string sentence)
    {
        var negation = Negation().Match(sentence);
        return negation.Success ? sentence[..negation.Index] : sentence;
    }

    /// <summary>One cheap scan for any region word, so most sentences skip the table.</summary>
    [GeneratedRegex(@"ham|back|thigh|leg|piri|rotat|hip|abduct|band|tfl|glut|butt|psoas|adduct|groin|lumb|obliq|core|abdom|abs|quad|cal|achil|thorac|rhomb|lat", RegexOptions.IgnoreCase)]
    private static partial Regex AnyRegion();

    [GeneratedRegex(@"\b(?:not|n't|instead of|without|rather than|never|avoid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\bfor (?:the|your) |\b(?:target|stretch|twist|open|release|loosen|tight|tension|stiff|focus|feel|works?|lengthen|reliev|relief|mobility|muscles?|engage|ease|easing|flexib)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetVerb();

    [GeneratedRegex(@"\bhamstrings?\b|\bback of (?:the|your) (?:thigh|leg)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hamstrings();

    [GeneratedRegex(@"\bpiriformis\b|\b(?:deep |hip |external |internal )rotat(?:ors?|ion)\b|\brotators\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rotators();

    [GeneratedRegex(@"\b(?:outer|lateral|outside of (?:the|your)) hips?\b|\bside of (?:the|your) hip\b|\b(?:hip )?abductors?\b|\bit band\b|\btfl\b", RegexOptions.IgnoreCase)]
    private static partial Regex OuterHip();

    [GeneratedRegex(@"\bglut(?:e|es|eal|eus)\b|\bbuttocks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Glutes();

    [GeneratedRegex(@"\bhip flexors?\b|\bpsoas\b|\biliopsoas\b", RegexOptions.IgnoreCase)]
    private static partial Regex HipFlexors();

    [GeneratedRegex(@"\badductors?\b|\binner thighs?\b|\bgroin\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adductors();

    [GeneratedRegex(@"\b(?:lower|low)[- ]back\b|\blumbar\b|\bquadratus lumborum\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowerBack();

    [GeneratedRegex(@"\bobliques?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Obliques();

    [GeneratedRegex(@"\bcore\b|\babdominals?\b|\babs\b", RegexOptions.IgnoreCase)]
    private static partial Regex Core();

    [GeneratedRegex(@"\bquad(?:s|riceps)?\b|\bfront of (?:the|your) thighs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quadriceps();

    [GeneratedRegex(@"\bcal(?:f|ves)\b|\bachilles\b", RegexOptions.IgnoreCase)]
    private static partial Regex Calves();

    [GeneratedRegex(@"\bmid(?:dle)?[- ]back\b|\bthoracic\b|\brhomboids?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MiddleBack();

    [GeneratedRegex(@"\blats\b|\blatissimus\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lats();

    [GeneratedRegex(@"\bchest\b|\bpec(?:s|torals?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chest();

    [GeneratedRegex(@"\bshoulders?\b|\bdeltoids?\b|\bdelts\b", RegexOptions.IgnoreCase)]
    private static partial Regex Shoulders();

    [GeneratedRegex(@"\bneck\b", RegexOptions.IgnoreCase)]
    private static partial Regex Neck();

    [GeneratedRegex(@"\btraps\b|\btrapezius\b", RegexOptions.IgnoreCase)]
    private static partial Regex Traps();

    [GeneratedRegex(@"\btriceps\b", RegexOptions.IgnoreCase)]
    private static partial Regex Triceps();

    [GeneratedRegex(@"\bbiceps\b", RegexOptions.IgnoreCase)]
    private static partial Regex Biceps();

    [GeneratedRegex(@"\bforearms?\b|\bwrists?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forearms();
}
