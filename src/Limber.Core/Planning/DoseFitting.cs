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
            var move = items.Select(i => (Item: i, Next: i.NextHold() ?? i.NextReps()))
                .Where(m => m.Next is not null)
                .Select(m => (m.Item, Dose: m.Next!.Value.Dose, m.Next.Value.Progress, Cost: m.Item.CostOf(m.Next.Value.Dose)))
                .Where(m => total - m.Item.Cost + m.Cost <= budget)
                .OrderBy(m => m.Item.NextHold() is null ? 1 : 0) // every hold to its top before any extra round
                .ThenBy(m => m.Progress)
                .FirstOrDefault();
            if (move.Item is null)
            {
                break;
            }

            var after = total - move.Item.Cost + move.Cost;
            if (after > target && after - target > target - total)
            {
                break; // stopping short is closer to the target than this step
            }

            move.Item.Take(move.Dose, move.Cost);
            total = after;
        }

        return ([.. items.Select(i => i.Dose)], total);
    }

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
        }

        public DoseOverride Dose { get; private set; }

        public int Cost { get; private set; }

        public (DoseOverride Dose, double Progress)? NextHold()
        {
            if (chosen.Amount >= top)
            {
                return null;
            }

            var step = chosen.Unit == HoldUnit.Seconds ? SecondsStep : 1;
            var amount = Math.Min(top, chosen.Amount + step);
            var dose = chosen.Unit == HoldUnit.Seconds
                ? new DoseOverride(HoldSeconds: amount, Reps: chosen.IsDefault ? null : RepsOf(chosen))
                : new DoseOverride(HoldBreaths: amount, Reps: RepsOf(chosen));
            return (dose, (double)(chosen.Amount - bottom) / (top - bottom));
        }

        public (DoseOverride Dose, double Progress)? NextReps()
        {
            if (reps?.Max is not { } most || chosen.RepsPerSide >= most)
            {
                return null;
            }

            return (Dose with { Reps = chosen.RepsPerSide + 1 }, (chosen.RepsPerSide - reps.Min) / (most - reps.Min));
        }

        public int CostOf(DoseOverride dose) => facts.SecondsFor(ChosenDose.For(facts.Exercise, DosePoint.Low, dose), options);

        public void Take(DoseOverride dose, int cost)
        {
            chosen = ChosenDose.For(facts.Exercise, DosePoint.Low, dose);
            Dose = Explicit(chosen);
            Cost = cost;
        }

        /// <summary>The dose written out in full, so a saved plan plays the same on any version of the defaults.</summary>
        private DoseOverride Explicit(ChosenDose dose) => dose.Unit == HoldUnit.Seconds
            ? new DoseOverride(HoldSeconds: dose.Amount, Reps: RepsOf(dose))
            : new DoseOverride(HoldBreaths: dose.Amount, Reps: RepsOf(dose));

        /// <summary>Holds per side, unless the source counts both sides together (then its own count stands).</summary>
        private int? RepsOf(ChosenDose dose) =>
            facts.Exercise.IsOneSided && facts.Exercise.Dosage is { PerSide: false, Reps: not null } ? null : dose.RepsPerSide;
    }
}
