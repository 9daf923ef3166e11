using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>Movements and rolling: counted repetitions or a timed block, once per side unless the source gives sets.</summary>
public sealed partial record ChosenDose
{
    /// <summary>
    /// A movement is counted in the source's repetitions ("10-20 repetitions, then switch" is 10 to 20 per side),
    /// or timed when the source times it and gives no count ("keep circling for about ten seconds"). With neither,
    /// the usual count, twice (about a minute per side, as a held stretch is repeated). Rounds are the source's
    /// sets, else one.
    /// </summary>
    private static ChosenDose Movement(Exercise exercise, DosePoint point, DoseOverride? choice)
    {
        var dosage = exercise.Dosage;
        Require(choice?.HoldBreaths is null, $"{exercise.Id} is a movement, not a hold counted in breaths");
        var rounds = Math.Max(1, dosage.Sets ?? 1);
        if (dosage is { Reps: null, Hold: HoldDose.Seconds timed })
        {
            Require(choice?.Reps is null, $"{exercise.Id} is timed, not counted in repetitions");
            var seconds = choice?.HoldSeconds ?? Whole(timed.Range.Pick(point));
            Require(timed.Range.Contains(seconds), $"{exercise.Id} is done for {timed.Range} seconds, not {seconds}");
            return new ChosenDose(HoldUnit.Seconds, Math.Max(1, seconds), timed.Range, rounds, IsDefault: false);
        }

        Require(choice?.HoldSeconds is null, $"{exercise.Id} is a movement counted in repetitions, not timed in seconds");
        var (range, isDefault) = dosage.Reps is { } reps ? (reps, false) : (DefaultDose.Repetitions, true);
        var count = choice?.Reps ?? Whole(range.Pick(point));
        Require(range.Contains(count), $"{exercise.Id} takes {range} repetitions, not {count}");
        return new ChosenDose(HoldUnit.Repetitions, Math.Max(1, count), range, isDefault && dosage.Sets is null ? DefaultDose.MovementRounds : rounds, isDefault);
    }

    /// <summary>Rolling is timed per area: the usual 30 to 60 seconds, since no source states a time per area.</summary>
    private static ChosenDose Rolling(Exercise exercise, DosePoint point, DoseOverride? choice)
    {
        Require(choice?.HoldBreaths is null && choice?.Reps is null, $"{exercise.Id} is rolled for a time, not counted");
        var range = DefaultDose.RollingSeconds;
        var seconds = choice?.HoldSeconds ?? Whole(range.Pick(point));
        Require(range.Contains(seconds), $"{exercise.Id} is rolled for {range} seconds per area, not {seconds}");
        return new ChosenDose(HoldUnit.Seconds, seconds, range, 1, IsDefault: true);
    }
}
