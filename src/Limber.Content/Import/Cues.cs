using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// The small word tables the field extractors share: props, body position, sides, use cases, level, and the
/// kinds of sentence that prose steps mix in (breathing, modifications, stop signs).
/// </summary>
internal static partial class Cues
{
    private static readonly (Regex Pattern, string Prop)[] PropWords =
    [
        (Mat(), "mat"), (Strap(), "strap"), (Bolster(), "bolster"), (Blanket(), "blanket"), (Pillow(), "pillow"),
        (Block(), "block"), (Chair(), "chair"), (Wall(), "wall"), (FoamRoller(), "foam-roller"), (Band(), "band"),
        (Ball(), "exercise-ball"),
    ];

    private static readonly (Regex Pattern, Position Position)[] PositionWords =
    [
        (SideLying(), Exercises.Position.SideLying), (Prone(), Exercises.Position.Prone), (Supine(), Exercises.Position.Supine), (Quadruped(), Exercises.Position.Quadruped),
        (Kneeling(), Exercises.Position.Kneeling), (Seated(), Exercises.Position.Seated), (Standing(), Exercises.Position.Standing),
    ];

    private static readonly (Regex Pattern, UseCase UseCase)[] UseCaseWords =
    [
        (WarmUp(), UseCase.WarmUp), (CoolDown(), UseCase.CoolDown), (Recovery(), UseCase.Recovery), (Mobility(), UseCase.Mobility),
        (AfterSitting(), UseCase.AfterSitting), (AfterLowerBody(), UseCase.AfterLowerBody), (Daily(), UseCase.Daily),
    ];

    // Each table is tried only when one cheap scan finds any of its words: most sentences name no prop and no use.
    public static IEnumerable<string> Props(string sentence) => !AnyProp().IsMatch(sentence) ? [] :
        PropWords.Where(p => p.Pattern.Match(sentence) is { Success: true } m && !NoProp().IsMatch(sentence[..m.Index])).Select(p => p.Prop);

    /// <summary>The position a sentence puts the body in, judged by the first position word it uses.</summary>
    public static Position? PositionIn(string sentence) =>
        PositionWords.Select(p => (p.Position, Match: p.Pattern.Match(sentence)))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .Select(p => (Position?)p.Position)
            .FirstOrDefault();

    public static IEnumerable<UseCase> UseCases(string sentence) => !AnyUse().IsMatch(sentence) ? [] : UseCaseWords.Where(u => u.Pattern.IsMatch(sentence)).Select(u => u.UseCase);

    public static Laterality? Sides(string sentence) =>
        Alternating().IsMatch(sentence) ? Laterality.Alternating : OneSide().IsMatch(sentence) ? Laterality.Unilateral : null;

    public static Level? Level(string text) =>
        LevelBeginner().IsMatch(text) ? Exercises.Level.Beginner
        : LevelIntermediate().IsMatch(text) ? Exercises.Level.Intermediate
        : LevelAdvanced().IsMatch(text) ? Exercises.Level.Advanced : null;

    public static bool SuitsBeginners(string sentence) => ForBeginners().IsMatch(sentence);

    public static bool IsBreathing(string sentence) => Breathing().IsMatch(sentence);

    public static bool IsModification(string sentence) => Modification().IsMatch(sentence);

    public static bool IsStartMarker(string sentence) => StartMarker().IsMatch(sentence);

    public static bool IsStopSign(string sentence) => StopSign().IsMatch(sentence);

    public static bool SaysBodyWeightOnly(string text) => BodyWeight().IsMatch(text);

    /// <summary>"Make it easier" or "if this is too much" is a regression; "deeper" or "harder" a progression.</summary>
    public static ModificationKind? KindOf(string text) =>
        Easier().IsMatch(text) ? ModificationKind.Regression : Harder().IsMatch(text) ? ModificationKind.Progression : ModificationKind.Variation;

    [GeneratedRegex(@"mat|strap|belt|bolster|blanket|pillow|cushion|block|chair|wall|roller|band|ball", RegexOptions.IgnoreCase)]
    private static partial Regex AnyProp();

    [GeneratedRegex(@"warm|cool|recover|mobility|range of|sitting|desk|sedentary|leg day|lower.body|after|daily|every day", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUse();

    [GeneratedRegex(@"\b(?:no|without(?: a| an| any)?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NoProp();

    [GeneratedRegex(@"\b(?:exercise |yoga )?mat\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mat();

    [GeneratedRegex(@"\bstraps?\b|\byoga belt\b", RegexOptions.IgnoreCase)]
    private static partial Regex Strap();

    [GeneratedRegex(@"\bbolsters?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bolster();

    [GeneratedRegex(@"\bblankets?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Blanket();

    [GeneratedRegex(@"\bpillows?\b|\bcushions?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pillow();

    [GeneratedRegex(@"\b(?:yoga|foam|cork|a|two|on|under|onto) blocks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"\bchairs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chair();

    [GeneratedRegex(@"\bwall\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wall();

    [GeneratedRegex(@"\bfoam roller\b", RegexOptions.IgnoreCase)]
    private static partial Regex FoamRoller();

    [GeneratedRegex(@"\b(?:resistance|exercise|stretch(?:ing)?|elastic) bands?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Band();

    [GeneratedRegex(@"\b(?:exercise|stability|swiss|physio) ball\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ball();

    [GeneratedRegex(@"\bside[- ]lying\b|\b(?:lie|lying|lay) on (?:your|one|the) side\b", RegexOptions.IgnoreCase)]
    private static partial Regex SideLying();

    [GeneratedRegex(@"\bprone\b|\bface ?down\b|\b(?:lie|lying|lay)\b[^.,;]{0,20}\bon (?:your|the) (?:stomach|belly|front|tummy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prone();

    [GeneratedRegex(@"\bsupine\b|\bface ?up\b|\bon (?:your|the) back\b|\b(?:lie|lying) (?:down|flat)\b|\breclin(?:ed|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supine();

    [GeneratedRegex(@"\bhands and knees\b|\ball fours\b|\btabletop\b|\bquadruped\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quadruped();

    [GeneratedRegex(@"\bkneel(?:ing)?\b|\bon (?:your|both) knees\b|\blow lunge\b|\bhalf[- ]kneeling\b", RegexOptions.IgnoreCase)]
    private static partial Regex Kneeling();

    [GeneratedRegex(@"\bseated\b|\bsit(?:ting)?\b|\bsit down\b", RegexOptions.IgnoreCase)]
    private static partial Regex Seated();

    [GeneratedRegex(@"\bstand(?:ing)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Standing();

    [GeneratedRegex(@"\bback and forth\b|\balternat(?:e|ing)\b(?! between (?:inhal|exhal))", RegexOptions.IgnoreCase)]
    private static partial Regex Alternating();

    [GeneratedRegex(@"\b(?:switch|change|swap) (?:sides|legs|arms)\b|\brepeat (?:it |this |the (?:stretch|same) )?(?:on|with) (?:the |your )?(?:other|opposite|left|right)\b|\bother (?:side|leg|knee|foot|arm|hip)\b|\beach (?:side|leg)\b|\bper (?:side|leg)\b|\bswitch (?:to )?(?:the )?(?:left|right|other)\b|\bsecond side\b|\bboth sides\b|\bopposite (?:side|leg)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneSide();

    [GeneratedRegex(@"warm[- ]?up|\bbefore (?:a |your )?(?:workout|run|training|lifting|squats)", RegexOptions.IgnoreCase)]
    private static partial Regex WarmUp();

    [GeneratedRegex(@"cool[- ]?down|\bafter (?:a |your )?workouts?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoolDown();

    [GeneratedRegex(@"\brecovery\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recovery();

    [GeneratedRegex(@"\bmobility\b|\brange of motion\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mobility();

    [GeneratedRegex(@"\b(?:sitting|desk|sedentary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterSitting();

    [GeneratedRegex(@"\bleg day\b|\blower[- ]body (?:training|workouts?|sessions?)\b|\bafter (?:lifting|running|a run|squats|cycling)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterLowerBody();

    [GeneratedRegex(@"\bdaily\b|\bevery day\b", RegexOptions.IgnoreCase)]
    private static partial Regex Daily();

    [GeneratedRegex(@"\b(?:beginner|novice|easy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBeginner();

    [GeneratedRegex(@"\bintermediate\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelIntermediate();

    [GeneratedRegex(@"\b(?:advanced|expert)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelAdvanced();

    [GeneratedRegex(@"\b(?:good|great|ideal|suitable|safe|perfect)\b[^.]{0,25}\bfor beginners\b|\bbeginner[- ]friendly\b|\bbeginners can\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForBeginners();

    [GeneratedRegex(@"^(?:(?:take|remember to|continue|keep|maintain)\b[^.]*\bbreath|(?:breathe|inhale|exhale)\b|with each (?:exhale|inhale|breath|exhalation)\b|as you (?:exhale|inhale)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Breathing();

    [GeneratedRegex(@"^(?:if\b[^.]*\b(?:can|could|try|instead|use)\b|to make (?:it|this|the stretch) (?:easier|harder|gentler|deeper)|for (?:an? )?(?:easier|gentler|deeper|harder|more intense)\b|beginners can\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Modification();

    [GeneratedRegex(@"^this is (?:your|the) (?:start|starting)", RegexOptions.IgnoreCase)]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"\bsharp pain\b|\bpinch|\bnumb|\btingl|\bdizz|\bstop (?:if|when|immediately|short)\b|\bback off\b|\bease off\b|\bshould(?: not|n't) (?:hurt|be painful)\b|\bpain or discomfort\b|\bknee pain\b|\bforce through pain\b|\bshooting pain\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopSign();

    [GeneratedRegex(@"\bbody ?weight\b|\bno equipment\b|\bnone\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWeight();

    [GeneratedRegex(@"\beasier\b|\bgentler\b|\btoo much\b|\bbothers?\b|\bnot a good option\b|\bcan'?t reach\b|\bbeginners?\b|\bless\b|\bsmaller\b|\bshorten\b", RegexOptions.IgnoreCase)]
    private static partial Regex Easier();

    [GeneratedRegex(@"\bdeeper\b|\bharder\b|\badvanced\b|\bmore intense\b|\bprogress\b", RegexOptions.IgnoreCase)]
    private static partial Regex Harder();
}
