using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>The cues: content from the exercise (setup steps, breathing, mistakes, tips), structure from the engine.</summary>
public static partial class TimelineBuilder
{
    /// <summary>Speaking pace used to give each setup step time to be read or heard: 150 words a minute.</summary>
    private const double WordsPerSecond = 2.5;

    /// <summary>
    /// The setup steps are the steps before the first one that holds the stretch ("hold", "count", "stay for",
    /// "stay here for"): everything the user does to get into position.
    /// </summary>
    internal static int HoldStepIndex(Exercise exercise)
    {
        var index = exercise.Steps.ToList().FindIndex(s => HoldStep().IsMatch(s));
        return index < 0 ? exercise.Steps.Count : index;
    }

    private static (int Duration, IReadOnlyList<Cue> Cues) SetupCues(Exercise exercise, Side? firstSide)
    {
        var cues = new List<Cue> { new(0, $"{exercise.Name}: get into position{(firstSide is null ? "" : $", {SideName(firstSide)} first")}.", CueKind.Setup) };
        // Read as it is done on this side: someone lying on the mat cannot mirror a sentence while following it.
        var at = Read(cues, SetupSteps(exercise), exercise.StepsSide, firstSide, CueKind.Setup, from: 3);
        return ((int)Math.Ceiling(at), cues);
    }

    /// <summary>
    /// The steps read before the first hold: the setup and into steps when the steps are marked, else the steps
    /// before the first one that holds the stretch.
    /// </summary>
    private static IEnumerable<string> SetupSteps(Exercise exercise) =>
        UsesRoles(exercise) ? exercise.StepsFor(StepRole.Setup, StepRole.Into) : exercise.Steps.Take(SetupStepCount(exercise));

    /// <summary>Marked steps time a held stretch; a movement or a roll keeps its talk-through, which the roles do not time.</summary>
    private static bool UsesRoles(Exercise exercise) => exercise.HasStepRoles && exercise.IsHeld;

    /// <summary>Adds <paramref name="steps"/> as cues one after another at the speaking pace; returns when the last is said.</summary>
    private static double Read(List<Cue> cues, IEnumerable<string> steps, Side? writtenFor, Side? side, CueKind kind, double from)
    {
        var at = from;
        foreach (var step in steps)
        {
            cues.Add(new Cue(Math.Round(at), MirroredText.For(step, writtenFor, side), kind));
            at += ReadingSeconds(step);
        }

        return at;
    }

    private static double ReadingSeconds(string step) => Math.Max(3, step.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / WordsPerSecond);

    private static IReadOnlyList<Cue> HoldCues(Exercise exercise, Side? side, int duration, string what, int holdNumber, string upNext, string? caution)
    {
        var structure = new List<Cue> { new(0, $"{exercise.Name}, {SideName(side)}: {what}.", CueKind.HoldStart) };
        if (caution is not null && duration >= 2)
        {
            structure.Add(new Cue(duration >= 12 ? 6 : 1, caution, CueKind.Form));
        }

        if (duration >= 30)
        {
            structure.Add(new Cue(duration / 2, "Halfway.", CueKind.Halfway));
        }

        if (duration >= 10)
        {
            structure.Add(new Cue(duration - 5, $"Next: {upNext}.", CueKind.Next));
        }

        if (duration >= 6)
        {
            structure.AddRange([new Cue(duration - 3, "3", CueKind.Count), new Cue(duration - 2, "2", CueKind.Count), new Cue(duration - 1, "1", CueKind.Count)]);
        }

        // The hold steps come first, one after another from 3 s in, each moved past any structure cue it would
        // talk over (a second's overlap is within the error of the reading pace); then breathing early and form about a third in, where neither overlaps what is already said.
        var said = new List<(Cue Cue, double Until)>();
        var at = 3.0;
        foreach (var step in Rotated(HoldSteps(exercise), holdNumber))
        {
            var length = ReadingSeconds(step);
            while (structure.Any(s => s.Offset > at - 3 && s.Offset < at + length - 1))
            {
                at = structure.Where(s => s.Offset > at - 3 && s.Offset < at + length - 1).Max(s => s.Offset) + 3;
            }

            if (Math.Round(at) > duration - 8)
            {
                break;
            }

            said.Add((new Cue(Math.Round(at), MirroredText.For(step, exercise.StepsSide, side), CueKind.Form), at + length));
            at += length;
        }

        var content = new List<Cue>();
        if (Rotate(exercise.Breathing, holdNumber) is { } breathing)
        {
            content.Add(new Cue(3, breathing, CueKind.Breathing));
        }

        if (Rotate(FormCues(exercise), holdNumber) is { } form)
        {
            content.Add(new Cue(Math.Max(9, duration / 3), form, CueKind.Form));
        }

        var free = content.Where(c => c.Offset <= duration - 8 && structure.All(s => Math.Abs(s.Offset - c.Offset) >= 3)
            && said.All(h => c.Offset < h.Cue.Offset - 3 || c.Offset >= h.Until));
        return [.. structure.Concat(said.Select(h => h.Cue)).Concat(free).OrderBy(c => c.Offset)];
    }

    /// <summary>The cues for during the hold: the hold steps when the steps are marked, else none (the hold step sets the dose).</summary>
    private static IReadOnlyList<string> HoldSteps(Exercise exercise) => UsesRoles(exercise) ? exercise.StepsFor(StepRole.Hold) : [];

    /// <summary>The list starting at <paramref name="start"/> (wrapping), so a later hold can reach steps an earlier one had no time for.</summary>
    private static IEnumerable<string> Rotated(IReadOnlyList<string> items, int start) =>
        items.Count == 0 ? [] : items.Skip(start % items.Count).Concat(items.Take(start % items.Count));

    /// <summary>Mistakes first (as things to avoid), then tips: the form points the articles stress.</summary>
    private static IReadOnlyList<string> FormCues(Exercise exercise) =>
        [.. exercise.Mistakes.Select(m => $"Avoid: {Lower(m)}"), .. exercise.Tips];

    private static string? Rotate(IReadOnlyList<string> items, int index) => items.Count == 0 ? null : items[index % items.Count];

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// How the source says to come back. With marked steps: the release steps (just the "..., then ..." clause of
    /// one that also holds, "stay here for 30 to 60 seconds, then turn slowly back"), without their "then swap
    /// legs" clause unless the other side really comes next; none marked is a plain "come out slowly". Unmarked:
    /// the hold step's own "then" clause, else the step after the hold for one-sided stretches. Mirrored on the
    /// side the steps are not written for.
    /// </summary>
    private static string ReleaseText(Exercise exercise, Side? side, bool otherSideNext)
    {
        if (UsesRoles(exercise))
        {
            var words = exercise.StepsFor(StepRole.Release)
                .Select(step => HoldStep().IsMatch(step) && ThenClause().Match(step) is { Success: true } then ? Capital(then.Groups["rest"].Value) : step)
                .Select(step => !otherSideNext && SwitchClause().Match(step) is { Success: true } both ? both.Groups["keep"].Value + "." : step)
                .ToList();
            return words.Count == 0 ? DefaultReleaseText : MirroredText.For(string.Join(" ", words), exercise.StepsSide, side);
        }

        var index = HoldStepIndex(exercise);
        if (index < exercise.Steps.Count && ThenClause().Match(exercise.Steps[index]) is { Success: true } clause)
        {
            return MirroredText.For(Capital(clause.Groups["rest"].Value), exercise.StepsSide, side);
        }

        return exercise.IsOneSided && index + 1 < exercise.Steps.Count
            ? MirroredText.For(exercise.Steps[index + 1], exercise.StepsSide, side)
            : DefaultReleaseText;
    }

    /// <summary>The release cue when the source says nothing about coming out.</summary>
    public const string DefaultReleaseText = "Come out of the stretch slowly.";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// A release step's closing words that send the user to the other side ("..., then swap legs and repeat",
    /// "... and do the other side", "..., then do the same with the left foot").
    /// </summary>
    [GeneratedRegex(@"^(?<keep>.+?)(?:,\s*then\s+|,?\s+and\s+(?:then\s+)?)(?:(?:do|repeat)\s+(?:it\s+)?(?:on\s+)?the\s+other\s+side|swap\s+(?:legs|sides)|switch\s+(?:legs|sides)|change\s+sides|do\s+the\s+same\s+with\s+the\s+(?:left|right|other)\b).*$", RegexOptions.IgnoreCase)]
    private static partial Regex SwitchClause();

    [GeneratedRegex(@", then (?<rest>.+)$")]
    private static partial Regex ThenClause();

    [GeneratedRegex(@"\b(hold|count|stay (here )?for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldStep();
}
