using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// The dose one session uses for one exercise: a point inside the source's range (or inside Limber's documented
/// default when the source gives no number), never past what the source states.
/// </summary>
/// <param name="Amount">Seconds or breaths per hold, before any extra time for a tighter side.</param>
/// <param name="Range">The range <paramref name="Amount"/> was chosen from; extra time stops at its top.</param>
/// <param name="IsDefault">The hold comes from <see cref="DefaultDose"/>, not from the source.</param>
public sealed partial record ChosenDose(HoldUnit Unit, int Amount, DoseRange Range, int RepsPerSide, bool IsDefault)
{
    /// <summary>
    /// In plain words, as a plan and a handout say it: "hold 45 seconds, 3 times each side", "hold 5 breaths",
    /// "10 times each side", "roll 45 seconds each side".
    /// </summary>
    public string Describe(Exercise exercise)
    {
        var each = TimelineBuilder.SidesOf(exercise, SessionOptions.Default).Length > 1 ? " each side" : "";
        if (Unit == HoldUnit.Repetitions)
        {
            return $"{Amount} times{each}{(RepsPerSide > 1 ? $", {RepsPerSide} rounds" : "")}{(IsDefault ? " (a usual count: the source gives none)" : "")}";
        }

        if (exercise.Kind == ExerciseKind.Rolling)
        {
            return $"roll {Amount} seconds{each}";
        }

        var verb = exercise.Kind == ExerciseKind.Dynamic ? "keep going for" : "hold";
        var hold = $"{verb} {Amount} {(Unit == HoldUnit.Breaths ? "breath" : "second")}{(Amount == 1 ? "" : "s")}";
        var times = (RepsPerSide, exercise.IsOneSided) switch
        {
            _ when exercise.IsOneSided && exercise.Dosage is { PerSide: false, Reps: { } stated } => $", {stated} times in all",
            (1, true) => ", once each side",
            (1, false) => "",
            (var n, true) => $", {n} times each side",
            (var n, false) => $", {n} times",
        };
        return hold + times + (IsDefault ? " (usual guidance: the source gives no time)" : "");
    }

    /// <summary>A held stretch's dose; a movement's and a roll's are chosen their own way (ChosenDose.Movements.cs).</summary>
    public static ChosenDose For(Exercise exercise, DosePoint point, DoseOverride? choice = null) => exercise.Kind switch
    {
        ExerciseKind.Dynamic => Movement(exercise, point, choice),
        ExerciseKind.Rolling => Rolling(exercise, point, choice),
        _ => Held(exercise, point, choice),
    };

    private static ChosenDose Held(Exercise exercise, DosePoint point, DoseOverride? choice)
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
        if (side is null || side != options.TighterSide || Unit == HoldUnit.Repetitions)
        {
            return Amount;
        }

        var extra = Whole(Amount * (1 + options.TighterExtra));
        return Range.Max is { } top ? Math.Max(Amount, Math.Min(extra, Whole(top))) : extra;
    }

    /// <summary>How long a hold of <paramref name="amount"/> lasts, breaths timed at the session's pace.</summary>
    public int SecondsFor(int amount, SessionOptions options) => Unit switch
    {
        HoldUnit.Seconds => amount,
        HoldUnit.Repetitions => amount * DefaultDose.SecondsPerRepetition,
        _ => Math.Max(1, Whole(amount * 60 / options.BreathsPerMinute)),
    };

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
