using Limber.Exercises;

namespace Limber.Planning;

/// <summary>
/// An exercise seen through a goal: which of the goal's targets it works (primary or secondary) and which of its
/// use cases it serves, packed in a bit mask so that combining exercises is a bitwise or. Each target takes two
/// bits, 01 for secondary and 11 for primary (so primary wins when both meet); each use case one bit.
/// </summary>
internal sealed class GoalProfile
{
    private readonly (int Vocabulary, double Weight)[] targets;
    private readonly (UseCase UseCase, double Weight)[] useCases;

    public GoalProfile(Goal goal)
    {
        targets = [.. goal.Targets.Where(t => t.Value > 0).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (TargetBits.IndexOf(t.Key), t.Value))];
        useCases = [.. goal.UseCases.Where(u => u.Value > 0).OrderBy(u => u.Key).Select(u => (u.Key, u.Value))];
        TotalWeight = targets.Sum(t => t.Weight) + useCases.Sum(u => u.Weight);
        Bits = (2 * targets.Length) + useCases.Length;
    }

    public double TotalWeight { get; }

    /// <summary>Bits in a mask; masks are below 2^Bits.</summary>
    public int Bits { get; }

    public int MaskOf(ExerciseFacts facts)
    {
        var mask = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            var v = targets[i].Vocabulary;
            if (v < 0)
            {
                continue;
            }

            var level = (facts.Primary >> v & 1) == 1 ? 0b11 : (facts.Secondary >> v & 1) == 1 ? 0b01 : 0;
            mask |= level << (2 * i);
        }

        for (var j = 0; j < useCases.Length; j++)
        {
            if ((facts.UseCases >> (int)useCases[j].UseCase & 1) == 1)
            {
                mask |= 1 << ((2 * targets.Length) + j);
            }
        }

        return mask;
    }

    /// <summary>The weighted coverage of a mask: a primary target counts its full weight, a secondary one half.</summary>
    public double Score(int mask)
    {
        var score = 0.0;
        for (var i = 0; i < targets.Length; i++)
        {
            score += (mask >> (2 * i) & 0b11) switch
            {
                0b11 => targets[i].Weight,
                0b01 => targets[i].Weight / 2,
                _ => 0,
            };
        }

        for (var j = 0; j < useCases.Length; j++)
        {
            score += (mask >> ((2 * targets.Length) + j) & 1) * useCases[j].Weight;
        }

        return score;
    }

    /// <summary>The bits of every target a mask already covers as a primary target: nothing can add to those.</summary>
    public int PrimaryCovered(int mask)
    {
        var covered = 0;
        for (var i = 0; i < targets.Length; i++)
        {
            if ((mask >> (2 * i) & 0b11) == 0b11)
            {
                covered |= 0b11 << (2 * i);
            }
        }

        return covered;
    }

    /// <summary>The goal's target ids a mask covers, primary ones first: for the reason shown to the user.</summary>
    public IEnumerable<string> TargetsIn(int mask, bool primary) =>
        targets.Select((t, i) => (t, level: mask >> (2 * i) & 0b11))
            .Where(p => p.t.Vocabulary >= 0 && p.level == (primary ? 0b11 : 0b01))
            .OrderByDescending(p => p.t.Weight)
            .Select(p => TargetBits.Vocabulary[p.t.Vocabulary]);

    public IEnumerable<UseCase> UseCasesIn(int mask) =>
        useCases.Where((u, j) => (mask >> ((2 * targets.Length) + j) & 1) == 1).Select(u => u.UseCase);
}
