using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// Doses as a coach sets them (docs/coaching.md). Each held stretch starts at the dose that reaches the plan's
/// time per side (about 60 seconds, ACSM's guidance per muscle group; 30 in the shortest plans) with the fewest
/// holds: the hold as long as the source allows, repeated only as often as needed, and never past the source's
/// range or count. Then, toward the time budget, holds are raised evenly (5 seconds or one breath at a time, the
/// item furthest from its top first), then the number of holds where the source gives a range of them. A hold
/// the source gives no count for is repeated up to about a minute per side, never more. Movements and rolling
/// keep their own counts and times, raised only inside the source's range.
/// </summary>
internal static class DoseFitting
{
    private const int SecondsStep = 5;

    /// <summary>The dose an exercise starts a plan at, for <paramref name="perSide"/> seconds on each side.</summary>
    public static DoseOverride Start(ExerciseFacts facts, SessionOptions options, int perSide) => new Item(facts, options, perSide).Dose;

    /// <summary>What an exercise costs at its starting dose, transition included, and how much of that is stretching.</summary>
    public static (int Cost, int Work) StartCost(ExerciseFacts facts, SessionOptions options, int perSide)
    {
        var item = new Item(facts, options, perSide);
        return (item.Cost, item.Work);
    }

    /// <param name="share">
    /// The part of the time to spend in the stretch: until it is reached, doses keep rising past the target, up to
    /// the budget (a plan may end a little longer rather than spend its time getting in and out of position).
    /// </param>
    public static (IReadOnlyList<DoseOverride> Doses, int Total) Fill(IReadOnlyList<ExerciseFacts> chosen, SessionOptions options, int perSide, int target, int budget, double share = 0)
    {
        var items = chosen.Select(f => new Item(f, options, perSide)).ToList();
        var total = items.Sum(i => i.Cost);
        bool Short() => items.Sum(i => i.Work) < share * total;
        while (total < target || Short())
        {
            // The next step: holds before extra rounds, then the item furthest from its top; each item's next
            // step is worked out once and kept until that item moves.
            Item? best = null;
            foreach (var item in items)
            {
                if (item.Next is { } next && total - item.Cost + next.Cost <= budget
                    && (best is null || (next.IsHold, -next.Progress).CompareTo((best.Next!.Value.IsHold, -best.Next.Value.Progress)) > 0))
                {
                    best = item;
                }
            }

            if (best is null)
            {
                break;
            }

            var after = total - best.Cost + best.Next!.Value.Cost;
            if (!Short() && after > target && after - target > target - total)
            {
                break; // stopping short is closer to the target than this step
            }

            best.TakeNext();
            total = after;
        }

        return ([.. items.Select(i => i.Dose)], total);
    }

    private readonly record struct Step(DoseOverride Dose, int Cost, double Progress, bool IsHold);

    private sealed class Item
    {
        private readonly ExerciseFacts facts;
        private readonly SessionOptions options;
        private readonly DoseRange? rounds;
        private readonly int top;
        private readonly int bottom;
        private ChosenDose chosen;

        public Item(ExerciseFacts facts, SessionOptions options, int perSide)
        {
            this.facts = facts;
            this.options = options;
            var exercise = facts.Exercise;
            chosen = ChosenDose.For(exercise, DosePoint.Low);
            bottom = chosen.Amount;
            top = (int)Math.Floor(chosen.Range.Max ?? chosen.Range.Min);
            rounds = Rounds(exercise, chosen, options);
            chosen = Fewest(perSide);

            Dose = Explicit(chosen);
            Cost = facts.SecondsFor(chosen, options);
            Next = NextStep();
        }

        public DoseOverride Dose { get; private set; }

        public int Cost { get; private set; }

        /// <summary>Seconds in the stretch itself at the current dose (its holds, or its movement's blocks).</summary>
        public int Work => chosen.RepsPerSide * TimelineBuilder.SidesOf(facts.Exercise, options).Length * chosen.SecondsFor(chosen.Amount, options);

        /// <summary>The next dose up and what it costs, or null at the top of the range.</summary>
        public Step? Next { get; private set; }

        public void TakeNext()
        {
            var next = Next!.Value;
            chosen = ChosenDose.For(facts.Exercise, DosePoint.Low, next.Dose);
            Dose = Explicit(chosen);
            Cost = next.Cost;
            Next = NextStep();
        }

        /// <summary>
        /// How many holds a side may take: the source's count when it gives one; else repeats up to about a minute
        /// per side at the longest hold (a breath-counted hold is repeated, never stretched past its words). A
        /// count given for both sides together stays as stated.
        /// </summary>
        private static DoseRange? Rounds(Exercise exercise, ChosenDose low, SessionOptions options)
        {
            // Movements and rolls keep the rounds their dose gives.
            if (!exercise.IsHeld)
            {
                return DoseRange.Exactly(low.RepsPerSide);
            }

            if (exercise.Dosage.Reps is { } stated)
            {
                return exercise.IsOneSided && exercise.Dosage.PerSide == false ? null : stated;
            }

            var longest = low.SecondsFor((int)Math.Floor(low.Range.Max ?? low.Range.Min), options);
            return new DoseRange(1, Math.Max(1, Math.Ceiling((double)DefaultDose.SecondsPerSide / longest)));
        }

        /// <summary>The fewest holds that reach <paramref name="perSide"/> seconds, each as short as that allows.</summary>
        private ChosenDose Fewest(int perSide)
        {
            if (rounds is null)
            {
                return chosen;
            }

            var most = (int)(rounds.Max ?? rounds.Min);
            ChosenDose? longest = null;
            for (var r = (int)rounds.Min; r <= most; r++)
            {
                var amount = bottom;
                while (amount < top && chosen.SecondsFor(amount, options) * r < perSide)
                {
                    amount++;
                }

                var dose = ChosenDose.For(facts.Exercise, DosePoint.Low, Override(amount, r));
                if (dose.SecondsFor(amount, options) * r >= perSide)
                {
                    return dose;
                }

                longest = dose;
            }

            return longest ?? chosen;
        }

        private Step? NextStep()
        {
            if (chosen.Amount < top)
            {
                var amount = Math.Min(top, chosen.Amount + (chosen.Unit == HoldUnit.Seconds ? SecondsStep : 1));
                var dose = Override(amount, RepsOf(chosen));
                return new Step(dose, CostOf(dose), (double)(chosen.Amount - bottom) / (top - bottom), IsHold: true);
            }

            // More holds only inside the source's range, or, with no count given, up to about a minute a side.
            if (rounds?.Max is { } most && chosen.RepsPerSide < most
                && ((facts.Exercise.IsHeld && facts.Exercise.Dosage.Reps is not null) || chosen.SecondsFor(chosen.Amount, options) * chosen.RepsPerSide < DefaultDose.SecondsPerSide))
            {
                var dose = Dose with { Reps = chosen.RepsPerSide + 1 };
                return new Step(dose, CostOf(dose), (chosen.RepsPerSide - rounds.Min) / Math.Max(1, most - rounds.Min), IsHold: false);
            }

            return null;
        }

        private int CostOf(DoseOverride dose) => facts.SecondsFor(ChosenDose.For(facts.Exercise, DosePoint.Low, dose), options);

        /// <summary>The dose written out in full, so a saved plan plays the same on any version of the defaults.</summary>
        private DoseOverride Explicit(ChosenDose dose) => Override(dose.Amount, RepsOf(dose));

        private DoseOverride Override(int amount, int? reps) => chosen.Unit switch
        {
            HoldUnit.Breaths => new DoseOverride(HoldBreaths: amount, Reps: reps),
            HoldUnit.Repetitions => new DoseOverride(Reps: amount),
            _ => new DoseOverride(HoldSeconds: amount, Reps: facts.Exercise.IsHeld ? reps : null),
        };

        /// <summary>Holds per side, unless the source counts both sides together (then its own count stands).</summary>
        private int? RepsOf(ChosenDose dose) =>
            facts.Exercise.IsOneSided && facts.Exercise.Dosage is { PerSide: false, Reps: not null } ? null : dose.RepsPerSide;
    }
}
