using System.Text.RegularExpressions;
using Limber.Exercises;

namespace Limber.Content.Import;

/// <summary>
/// What kind of exercise a name and its steps describe, and whether a partner takes part, from the words the
/// sources use. Rolling is named ("SMR", "foam roll"); strength moves by their names (jumps, squats, lunges, leg
/// raises, superman, back extensions, bridges); movements by what the steps do (circles, swings, rocking, cat-cow,
/// "quickly cross", counted repetitions with no hold). Anything else that holds a position is a static stretch.
/// </summary>
public static partial class KindWords
{
    /// <summary>The kind, and how sure the words make it (0 to 1).</summary>
    public static (ExerciseKind Kind, double Confidence) Of(string name, IReadOnlyList<string> steps)
    {
        var text = string.Join(" ", steps);
        if (Rolling().IsMatch(name) || RollingSteps().IsMatch(text))
        {
            return (ExerciseKind.Rolling, 0.9);
        }

        // A strength word in a name that calls itself a stretch, a pose or a hold ("Low Lunge Hip Flexor Stretch",
        // "Deep Squat Hold") names the position, not the move.
        if (StrengthName().IsMatch(name) && !HeldName().IsMatch(name))
        {
            return (ExerciseKind.Strength, 0.85);
        }

        if (DynamicName().IsMatch(name) || DynamicSteps().IsMatch(text))
        {
            return (ExerciseKind.Dynamic, 0.8);
        }

        // Repetitions counted with no hold anywhere: likely a movement, but a reviewer should look.
        if (Repetitions().IsMatch(text) && !Hold().IsMatch(text))
        {
            return (ExerciseKind.Dynamic, 0.5);
        }

        // No hold words at all: a stretch by default, flagged for review.
        return (ExerciseKind.Static, Hold().IsMatch(text) ? 0.8 : 0.5);
    }

    /// <summary>True when a step has a second person hold, push or brace.</summary>
    public static bool HasPartner(IEnumerable<string> steps) => steps.Any(s => Partner().IsMatch(s));

    [GeneratedRegex(@"\b(SMR|foam[- ]?roll(er|ing)?|self[- ]myofascial|lacrosse ball)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rolling();

    [GeneratedRegex(@"\broll (your|the) \w+ (over|along|back and forth)|\bonto a foam roller\b", RegexOptions.IgnoreCase)]
    private static partial Regex RollingSteps();

    [GeneratedRegex(@"\b(jumps?|hops?|squats?|lunges?|leg raises?|superman|back extensions?|bridges?|kicks?|hang|vacuum|push-?ups?|sit-?ups?|crunch(es)?|groiners?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrengthName();

    [GeneratedRegex(@"\b(circles?|swings?|rocking|rock|cat[- ]cow|windmills?|inchworm|iron cross(es)?|dynamic|round the world)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DynamicName();

    [GeneratedRegex(@"\b(quickly cross|make (a )?(big |small )?circles?|swing (your|the)|rock (back and forth|gently from side)|back and forth between)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DynamicSteps();

    [GeneratedRegex(@"\b(repetitions|reps)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Repetitions();

    [GeneratedRegex(@"\b(hold|holding|stay (here )?for|remain)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hold();

    // "without a partner", "no partner needed" say the opposite.
    [GeneratedRegex(@"(?<!\b(without|no|need no|needs no)\s+(a\s+|an\s+)?)\b(partner|helper|assistant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Partner();

    [GeneratedRegex(@"\b(stretch|pose|hold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldName();
}
