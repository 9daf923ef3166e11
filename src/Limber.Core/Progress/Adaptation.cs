using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Progress;

/// <summary>
/// How the log changes the next session, one small rule each (see README, "How sessions adapt"):
/// <list type="bullet">
/// <item>asymmetry: a side rated 2 or more points tighter on average over the last three sessions gets +25% hold time,
/// capped at the top of the source's range;</item>
/// <item>pain or pinch: pain 4 or more, or a pinch, last time offers the content's regression and cues "back off the
/// range"; pain 7 or more also advises seeing a professional (in the session itself it stops the exercise);</item>
/// <item>progression: three sessions in a row without pain or pinch and with tightness falling each time move the
/// hold toward the top of its range, never past what the source states.</item>
/// </list>
/// Rules read only rated holds; an unrated hold says nothing about how it felt.
/// </summary>
public static class Adaptation
{
    public const int AsymmetryPoints = 2;
    public const int Sessions = 3;
    public const int BackOffPain = 4;
    public const int StopPain = 7;
    public const string BackOffCue = "Back off the range: ease out until there is no pain or pinching.";

    /// <summary>The adjustments for one exercise from its holds, oldest first (as the store returns them).</summary>
    public static IReadOnlyList<Adjustment> For(Exercise exercise, IReadOnlyList<LoggedHold> history)
    {
        var sessions = history.Where(h => h.Exercise == exercise.Id && h.Rating is not null)
            .GroupBy(h => h.SessionId)
            .Select(g => g.ToList())
            .ToList(); // oldest first, as the holds came
        if (sessions.Count == 0)
        {
            return [];
        }

        var adjustments = new List<Adjustment>();
        if (PainOrPinch(exercise, sessions[^1]) is { } care)
        {
            adjustments.Add(care);
        }
        else if (Progression(exercise, sessions) is { } progression)
        {
            adjustments.Add(progression);
        }

        if (Asymmetry(exercise, sessions) is { } asymmetry)
        {
            adjustments.Add(asymmetry);
        }

        return adjustments;
    }

    /// <summary>The session item with the adjustments applied.</summary>
    public static SessionItem Apply(SessionItem item, IEnumerable<Adjustment> adjustments)
    {
        foreach (var a in adjustments.Where(a => a.Exercise == item.Exercise.Id))
        {
            item = item with
            {
                TighterSide = a.TighterSide ?? item.TighterSide,
                Caution = a.Caution ?? item.Caution,
                Dose = a.HoldSeconds is { } seconds ? (item.Dose ?? new DoseOverride()) with { HoldSeconds = seconds } : item.Dose,
            };
        }

        return item;
    }

    /// <summary>In the session: pain this strong stops the exercise for today.</summary>
    public static bool StopsTheExercise(Rating rating) => rating.Pain >= StopPain;

    /// <summary>In the session: pain or a pinch that calls for a smaller range on the next holds.</summary>
    public static bool CallsForLessRange(Rating rating) => rating.Pain >= BackOffPain || rating.Pinch;

    public static string StopAdvice(Exercise exercise, Rating rating) =>
        $"Pain {rating.Pain}/10: stop {exercise.Name} for today. Pain this strong during a stretch is a reason to have it looked at by a physiotherapist or doctor before doing it again.";

    private static Adjustment? PainOrPinch(Exercise exercise, List<LoggedHold> last)
    {
        var pain = last.Max(h => h.Rating!.Pain);
        var pinch = last.Any(h => h.Rating!.Pinch);
        if (pain < BackOffPain && !pinch)
        {
            return null;
        }

        var offer = exercise.Modifications.FirstOrDefault(m => m.Kind == ModificationKind.Regression);
        var felt = pinch && pain < BackOffPain ? "it pinched" : pinch ? $"pain {pain}/10 and a pinch" : $"pain {pain}/10";
        var easier = offer is null ? "use a smaller range" : $"try the easier version, {offer.Name}{(offer.Description is { } d ? $" ({d.TrimEnd('.')})" : "")}, or a smaller range";
        var professional = pain >= StopPain ? " Pain that strong is a reason to see a physiotherapist or doctor first." : "";
        return new Adjustment(exercise.Id, "pain", $"Last time {felt}: {easier}.{professional}", Caution: BackOffCue, Offer: offer);
    }

    private static Adjustment? Progression(Exercise exercise, List<List<LoggedHold>> sessions)
    {
        // Only held stretches grow their holds: a movement keeps its count, a roll its time per area.
        if (!exercise.IsHeld || sessions.Count < Sessions || exercise.Dosage.Hold is not HoldDose.Seconds { Range: var range } || range.Max is not { } top)
        {
            return null;
        }

        var recent = sessions[^Sessions..];
        var tightness = recent.Select(s => s.Average(h => h.Rating!.Tightness)).ToList();
        var painFree = recent.All(s => s.All(h => h.Rating!.Pain == 0 && !h.Rating.Pinch));
        var falling = tightness.Zip(tightness.Skip(1)).All(p => p.Second < p.First);
        var last = recent[^1].Min(h => h.PlannedSeconds);
        if (!painFree || !falling || last >= top)
        {
            return null;
        }

        var step = Math.Max(5, (int)Math.Ceiling((top - range.Min) / 4));
        var next = (int)Math.Min(top, last + step);
        return new Adjustment(exercise.Id, "progression",
            $"Three sessions without pain and tightness falling ({string.Join(" → ", tightness.Select(t => t.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)))}): holds of {next} s instead of {last} s (the source allows up to {top:0} s).",
            HoldSeconds: next);
    }

    private static Adjustment? Asymmetry(Exercise exercise, List<List<LoggedHold>> sessions)
    {
        // A counted movement has no hold to lengthen on the tighter side.
        if (!exercise.IsOneSided || exercise.Kind == ExerciseKind.Dynamic)
        {
            return null;
        }

        var recent = sessions.TakeLast(Sessions).SelectMany(s => s).ToList();
        var left = recent.Where(h => h.Side == Side.Left).Select(h => (double)h.Rating!.Tightness).DefaultIfEmpty(double.NaN).Average();
        var right = recent.Where(h => h.Side == Side.Right).Select(h => (double)h.Rating!.Tightness).DefaultIfEmpty(double.NaN).Average();
        if (double.IsNaN(left) || double.IsNaN(right) || Math.Abs(left - right) < AsymmetryPoints)
        {
            return null;
        }

        var tighter = left > right ? Side.Left : Side.Right;
        var count = Math.Min(Sessions, sessions.Count);
        return new Adjustment(exercise.Id, "asymmetry",
            $"Your {Words.Of(tighter)} side rated {Math.Abs(left - right):0.#} points tighter on average over the last {count} session{(count == 1 ? "" : "s")}: it gets 25% more hold time, up to the top of the source's range.",
            TighterSide: tighter);
    }
}
