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
        var steps = exercise.Steps.Take(SetupStepCount(exercise)).ToList();
        var cues = new List<Cue> { new(0, $"{exercise.Name}: get into position{(firstSide is null ? "" : $", {SideName(firstSide)} first")}.", CueKind.Setup) };
        double at = 3;
        foreach (var step in steps)
        {
            // Read as it is done on this side: someone lying on the mat cannot mirror a sentence while following it.
            cues.Add(new Cue(Math.Round(at), MirroredText.For(step, exercise.StepsSide, firstSide), CueKind.Setup));
            at += Math.Max(3, step.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / WordsPerSecond);
        }

        return ((int)Math.Ceiling(at), cues);
    }

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

        // Content cues go where they do not talk over the structure: breathing early, form about a third in.
        var content = new List<Cue>();
        if (Rotate(exercise.Breathing, holdNumber) is { } breathing)
        {
            content.Add(new Cue(3, breathing, CueKind.Breathing));
        }

        if (Rotate(FormCues(exercise), holdNumber) is { } form)
        {
            content.Add(new Cue(Math.Max(9, duration / 3), form, CueKind.Form));
        }

        var free = content.Where(c => c.Offset <= duration - 8 && structure.All(s => Math.Abs(s.Offset - c.Offset) >= 3));
        return [.. structure.Concat(free).OrderBy(c => c.Offset)];
    }

    /// <summary>Mistakes first (as things to avoid), then tips: the form points the articles stress.</summary>
    private static IReadOnlyList<string> FormCues(Exercise exercise) =>
        [.. exercise.Mistakes.Select(m => $"Avoid: {Lower(m)}"), .. exercise.Tips];

    private static string? Rotate(IReadOnlyList<string> items, int index) => items.Count == 0 ? null : items[index % items.Count];

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>
    /// How the source says to come back: the hold step's own "..., then ..." clause when it has one ("hold for
    /// 30 to 60 seconds, then turn slowly back"), else the step after the hold for one-sided stretches; mirrored
    /// on the side the steps are not written for.
    /// </summary>
    private static string ReleaseText(Exercise exercise, Side? side)
    {
        var index = HoldStepIndex(exercise);
        if (index < exercise.Steps.Count && ThenClause().Match(exercise.Steps[index]) is { Success: true } then)
        {
            var clause = then.Groups["rest"].Value;
            return MirroredText.For(char.ToUpperInvariant(clause[0]) + clause[1..], exercise.StepsSide, side);
        }

        return exercise.IsOneSided && index + 1 < exercise.Steps.Count
            ? MirroredText.For(exercise.Steps[index + 1], exercise.StepsSide, side)
            : "Come out of the stretch slowly.";
    }

    [GeneratedRegex(@", then (?<rest>.+)$")]
    private static partial Regex ThenClause();

    [GeneratedRegex(@"\b(hold|count|stay (here )?for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldStep();
}
