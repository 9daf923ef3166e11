using System.Text.RegularExpressions;

namespace Limber.Content.Import;

/// <summary>
/// Section headings by meaning, not by site: "How Not to Perform", "Common Mistakes" and "Watch out for" are all
/// mistakes. The order matters: "how not to" must be read before "how to", "secondary targets" before "target".
/// </summary>
internal static partial class SectionHeadings
{
    private static readonly (Regex Pattern, SectionKind Kind)[] Kinds =
    [
        (Mistakes(), SectionKind.Mistakes),
        (Faq(), SectionKind.Faq),
        (Tips(), SectionKind.Tips),
        (Safety(), SectionKind.Safety),
        (Modifications(), SectionKind.Modifications),
        (Benefits(), SectionKind.Benefits),
        (Breathing(), SectionKind.Breathing),
        (Secondary(), SectionKind.SecondaryTargets),
        (Targets(), SectionKind.Targets),
        (Equipment(), SectionKind.Equipment),
        (Level(), SectionKind.Level),
        (UseCases(), SectionKind.UseCases),
        (Ignored(), SectionKind.Ignored),
        (Dose(), SectionKind.Dose),
        (Steps(), SectionKind.Steps),
        (Intro(), SectionKind.Intro),
    ];

    /// <summary>The kind a heading names, or null for a heading that names none (an exercise's own name, say).</summary>
    public static SectionKind? Classify(string heading)
    {
        if (Clean.Words(heading) > 10)
        {
            return null;
        }

        foreach (var (pattern, kind) in Kinds)
        {
            if (pattern.IsMatch(heading))
            {
                return kind;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bhow not to\b|\bmistakes?\b|\berrors?\b|\bwhat not to\b|\bavoid\b|\bdon'?ts\b|\bpitfalls\b|\bwatch out\b|\bdo not\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mistakes();

    [GeneratedRegex(@"frequently asked|\bfaqs?\b|\bquestions\b|\bq\s?&\s?a\b", RegexOptions.IgnoreCase)]
    private static partial Regex Faq();

    [GeneratedRegex(@"\btips?\b|\btricks\b|\bpointers\b|\bcues\b|\bcoaching\b|\bform notes\b|\bkeep in mind\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tips();

    [GeneratedRegex(@"\bsafety\b|\bprecautions?\b|\bcautions?\b|\bwarnings?\b|\bwhen to stop\b|\bcontraindicat|\bwho should (?:not|avoid|skip)\b|\bstop if\b|\bbe careful\b|\bstop signs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Safety();

    [GeneratedRegex(@"\bmodifications?\b|\bvariations?\b|\bregressions?\b|\bprogressions?\b|\bmake it (?:easier|harder|gentler)\b|\beasier\b|\bharder\b|\boptions\b|\balternatives?\b|\bscal(?:e|ing) (?:it|down|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modifications();

    [GeneratedRegex(@"\bbenefits?\b|^why (?:do|try|it|you|this|should)\b|\bwhat it does\b|\bgood for\b|\badvantages\b|\bhelps with\b", RegexOptions.IgnoreCase)]
    private static partial Regex Benefits();

    [GeneratedRegex(@"^breath|\bbreathing\b", RegexOptions.IgnoreCase)]
    private static partial Regex Breathing();

    [GeneratedRegex(@"\bsecondary (?:targets?|muscles?)\b|\bsynergists?\b|\bother muscles\b", RegexOptions.IgnoreCase)]
    private static partial Regex Secondary();

    [GeneratedRegex(@"\btarget|\bmuscles? (?:worked|used|stretched|targeted|group)\b|\bprimary muscles?\b|\bwhat it stretches\b|^muscles\b", RegexOptions.IgnoreCase)]
    private static partial Regex Targets();

    [GeneratedRegex(@"\bequipment\b|\byou(?:'ll| will)? need\b|\bwhat you need\b|^props\b|\bgear\b", RegexOptions.IgnoreCase)]
    private static partial Regex Equipment();

    [GeneratedRegex(@"\bfitness level\b|^level\b|\bdifficulty\b|\bexperience level\b", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    [GeneratedRegex(@"^when to (?:do|use)\b|^best time\b|\bwhen to stretch\b", RegexOptions.IgnoreCase)]
    private static partial Regex UseCases();

    [GeneratedRegex(@"\bsynopsis\b|\bforce type\b|\bmechanics\b|\bexercise type\b|\butility\b|^video\b|^transcript\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ignored();

    [GeneratedRegex(@"^how long\b|^how many\b|\bsets and reps\b|\breps and sets\b|\bduration\b|\bdosage\b|\bhold time\b|^how often\b|\bfrequency\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dose();

    [GeneratedRegex(@"^how to\b|^how do (?:you|i)\b|\binstructions?\b|\bsteps?\b|\bdirections\b|\btechnique\b|\bstart(?:ing)? position\b|\bset ?up\b|\bexecution\b|\bmethod\b|^perform|\bget(?:ting)? into\b|\bthe movement\b|\bdo it\b|\bproper form\b|^form$", RegexOptions.IgnoreCase)]
    private static partial Regex Steps();

    [GeneratedRegex(@"^introduction$|^overview$|^about\b|^what is\b|^summary$", RegexOptions.IgnoreCase)]
    private static partial Regex Intro();
}
