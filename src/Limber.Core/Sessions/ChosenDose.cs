using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// The dose one session uses for one exercise: a point inside the source's range (or inside Limber's documented
/// default when the source gives no number), never past what the source states.
/// </summary>
/// <param name="Amount">Seconds or breaths per hold, before any extra time for a tighter side.</param>
/// <param name="Range">The range <paramref name="Amount"/> was chosen from; extra time stops at its top.</param>
/// <param name="IsDefault">The hold comes from <see cref="DefaultDose"/>, not from the source.</param>
public sealed record ChosenDose(HoldUnit Unit, int Amount, DoseRange Range, int RepsPerSide, bool IsDefault)
{
    /// <summary>In plain words, as a handout says it: "hold 45 seconds, 3 times each side", "hold 5 breaths".</summary>
    public string Describe(bool oneSided)
    {
        var hold = $"hold {Amount} {(Unit == HoldUnit.Breaths ? "breath" : "second")}{(Amount == 1 ? "" : "s")}";
        var times = RepsPerSide switch
        {
            1 => oneSided ? ", once each side" : "",
            var n => oneSided ? $", {n} times each side" : $", {n} times",
        };
        return hold + times + (IsDefault ? " (Limber's default: the source gives no number)" : "");
    }

    public static ChosenDose For(Exercise exercise, DosePoint point, DoseOverride? choice = null)
    {
        var dosage = exercise.Dosage;
        var (unit, range, isDefault) = dosage.Hold switch
        {
            HoldDose.Seconds s => (HoldUnit.Seconds, s.Range, false),
            HoldDose.Breaths b => (HoldUnit.Breaths, b.Range, false),
            _ => (HoldUnit.Seconds, DefaultDose.HoldSeconds, true),
        };

        var amount = Whole(range.Pick(point));
        if (choice?.HoldSeconds is { } seconds)
        {
            Require(unit == HoldUnit.Seconds, $"{exercise.Id} is held for {exercise.Dosage.Hold?.Describe()}, not timed in seconds");
            Require(range.Contains(seconds), $"{exercise.Id} takes holds of {range} seconds, not {seconds}");
            amount = seconds;
        }

        if (choice?.HoldBreaths is { } breaths)
        {
            Require(unit == HoldUnit.Breaths, $"{exercise.Id} is timed in seconds, not counted in breaths");
            Require(range.Contains(breaths), $"{exercise.Id} takes holds of {range} breaths, not {breaths}");
            amount = breaths;
        }

        amount = Math.Max(1, amount);
        var reps = RepsPerSideFor(exercise, point, amount, isDefault);
        if (choice?.Reps is { } chosenReps)
        {
            Require(chosenReps >= 1, $"{exercise.Id} needs at least one hold, not {chosenReps}");
            Require(dosage.Reps is null || dosage.Reps.Contains(chosenReps), $"{exercise.Id} takes {dosage.Reps} holds, not {chosenReps}");
            reps = chosenReps;
        }

        return new ChosenDose(unit, amount, range, reps, isDefault);
    }

    /// <summary>Seconds or breaths for one hold on <paramref name="side"/>: the tighter side gets its extra, capped at the range's top.</summary>
    public int AmountFor(Side? side, SessionOptions options)
    {
        if (side is null || side != options.TighterSide)
        {
            return Amount;
        }

        var extra = Whole(Amount * (1 + options.TighterExtra));
        return Range.Max is { } top ? Math.Max(Amount, Math.Min(extra, Whole(top))) : extra;
    }

    /// <summary>How long a hold of <paramref name="amount"/> lasts, breaths timed at the session's pace.</summary>
    public int SecondsFor(int amount, SessionOptions options) =>
        Unit == HoldUnit.Seconds ? amount : Math.Max(1, Whole(amount * 60 / options.BreathsPerMinute));

    /// <summary>
    /// Holds per side. The articles count reps per side ("3 times on each side", "back and forth 8 to 12 times");
    /// a count given for both sides together is split between them. No count with a stated hold means one hold;
    /// no stated hold at all means the default's minute per side.
    /// </summary>
    private static int RepsPerSideFor(Exercise exercise, DosePoint point, int amount, bool isDefault)
    {
        if (exercise.Dosage.Reps is { } reps)
        {
            var count = Math.Max(1, Whole(reps.Pick(point)));
            return exercise.IsOneSided && exercise.Dosage.PerSide == false ? (count + 1) / 2 : count;
        }

        return isDefault ? DefaultDose.RepsFor(amount) : 1;
    }

    private static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidSessionException(message);
        }
    }
}
