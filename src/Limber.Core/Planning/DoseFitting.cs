using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>
/// Raises the doses of a chosen set of exercises toward a time target, evenly and inside each source's range:
/// first the hold (5 seconds or one breath at a time, the exercise furthest from its top first), then the number
/// of holds where the source gives a range of them. An open-ended range ("30 seconds or more") stays at what the
/// source states. A hold the source gives no number for moves inside Limber's documented default, with the count
/// that keeps about a minute per side.
/// </summary>
internal static class DoseFitting
{
    private const int SecondsStep = 5;

    public static (IReadOnlyList<DoseOverride> Doses, int Total) Fill(IReadOnlyList<ExerciseFacts> chosen, SessionOptions options, int target, int budget)
    {
        var items = chosen.Select(f => new Item(f, options)).ToList();
        var total = items.Sum(i => i.Cost);
        while (total < target)
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
            if (after > target && after - target > target - total)
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
        private readonly DoseRange? reps;
        private readonly int top;
        private readonly int bottom;
        private ChosenDose chosen;

        public Item(ExerciseFacts facts, SessionOptions options)
        {
            this.facts = facts;
            this.options = options;
            chosen = ChosenDose.For(facts.Exercise, DosePoint.Low);
            bottom = chosen.Amount;
            top = (int)Math.Floor(chosen.Range.Max ?? chosen.Range.Min);

            // A count the source gives for both sides together is not a count per side: it is left as stated.
            var countsPerSide = !facts.Exercise.IsOneSided || facts.Exercise.Dosage.PerSide != false;
            reps = chosen.IsDefault || !countsPerSide ? null : facts.Exercise.Dosage.Reps;
            Dose = Explicit(chosen);
            Cost = facts.SecondsFor(chosen, options);
            Next = NextStep();
        }

        public DoseOverride Dose { get; private set; }

        public int Cost { get; private set; }

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

        private Step? NextStep()
        {
            if (chosen.Amount < top)
            {
                var amount = Math.Min(top, chosen.Amount + (chosen.Unit == HoldUnit.Seconds ? SecondsStep : 1));
                var dose = chosen.Unit == HoldUnit.Seconds
                    ? new DoseOverride(HoldSeconds: amount, Reps: chosen.IsDefault ? null : RepsOf(chosen))
                    : new DoseOverride(HoldBreaths: amount, Reps: RepsOf(chosen));
                return new Step(dose, CostOf(dose), (double)(chosen.Amount - bottom) / (top - bottom), IsHold: true);
            }

            if (reps?.Max is { } most && chosen.RepsPerSide < most)
            {
                var dose = Dose with { Reps = chosen.RepsPerSide + 1 };
                return new Step(dose, CostOf(dose), (chosen.RepsPerSide - reps.Min) / (most - reps.Min), IsHold: false);
            }

            return null;
        }

        private int CostOf(DoseOverride dose) => facts.SecondsFor(ChosenDose.For(facts.Exercise, DosePoint.Low, dose), options);

        /// <summary>The dose written out in full, so a saved plan plays the same on any version of the defaults.</summary>
        private DoseOverride Explicit(ChosenDose dose) => dose.Unit == HoldUnit.Seconds
            ? new DoseOverride(HoldSeconds: dose.Amount, Reps: RepsOf(dose))
            : new DoseOverride(HoldBreaths: dose.Amount, Reps: RepsOf(dose));

        /// <summary>Holds per side, unless the source counts both sides together (then its own count stands).</summary>
        private int? RepsOf(ChosenDose dose) =>
            facts.Exercise.IsOneSided && facts.Exercise.Dosage is { PerSide: false, Reps: not null } ? null : dose.RepsPerSide;
    }
}
