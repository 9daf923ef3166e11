using System.Buffers;

namespace Limber.Planning;

/// <summary>
/// The exact search for the best coverage within a time budget. Only an exercise's mask matters for coverage,
/// and combining masks is a bitwise or, so the search runs over masks, not over subsets of exercises: for every
/// reachable coverage it keeps the cheapest set of options that reaches it (a knapsack over coverage states). An
/// option used twice adds nothing, so the table needs no per-item copy. The result is the best-scoring
/// coverage that fits, the cheaper one on a tie, as an exhaustive search over every subset would find.
/// </summary>
internal static class CoverageSearch
{
    /// <summary>
    /// Leaves out every option that another covers at no more cost (its mask is a strict superset and it costs no
    /// more): such an option can be swapped for the other in any solution without losing coverage or time. The
    /// cheapest cost among each mask's supersets comes from one pass per bit (a sum over supersets).
    /// </summary>
    private static List<int> Undominated(IReadOnlyList<(int Mask, int Cost)> options, int size)
    {
        var rented = ArrayPool<int>.Shared.Rent(size);
        try
        {
            return Undominated(options, rented.AsSpan(0, size));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static List<int> Undominated(IReadOnlyList<(int Mask, int Cost)> options, Span<int> cheapestOver)
    {
        var size = cheapestOver.Length;
        cheapestOver.Fill(int.MaxValue);
        foreach (var (mask, cost) in options)
        {
            cheapestOver[mask] = Math.Min(cheapestOver[mask], cost);
        }

        for (var bit = 1; bit < size; bit <<= 1)
        {
            for (var mask = 0; mask < size; mask++)
            {
                if ((mask & bit) == 0)
                {
                    cheapestOver[mask] = Math.Min(cheapestOver[mask], cheapestOver[mask | bit]);
                }
            }
        }

        var useful = new List<int>();
        for (var o = 0; o < options.Count; o++)
        {
            var (mask, cost) = options[o];
            var dominated = false;
            for (var bit = 1; bit < size && !dominated; bit <<= 1)
            {
                dominated = (mask & bit) == 0 && cheapestOver[mask | bit] <= cost;
            }

            if (!dominated)
            {
                useful.Add(o);
            }
        }

        return useful;
    }

    /// <param name="options">One entry per distinct mask: its cheapest cost in seconds.</param>
    /// <returns>Indexes into <paramref name="options"/> of the chosen set.</returns>
    public static IReadOnlyList<int> Best(IReadOnlyList<(int Mask, int Cost)> options, GoalProfile profile, int budget)
    {
        // The tables are as large as the goal's masks (up to 2^15 entries): pooled, so planning makes no garbage
        // for the large-object heap.
        var size = 1 << profile.Bits;
        var useful = Undominated(options, size);
        var pool = ArrayPool<int>.Shared;
        var cost = pool.Rent(size);
        var previous = pool.Rent(size);
        var via = pool.Rent(size);
        try
        {
            return Search(options, profile, budget, useful, cost.AsSpan(0, size), previous, via);
        }
        finally
        {
            pool.Return(cost);
            pool.Return(previous);
            pool.Return(via);
        }
    }

    private static List<int> Search(IReadOnlyList<(int Mask, int Cost)> options, GoalProfile profile, int budget, List<int> useful, Span<int> cost, int[] previous, int[] via)
    {
        cost.Fill(int.MaxValue);
        cost[0] = 0;
        var reached = new List<int> { 0 };

        foreach (var o in useful)
        {
            var (mask, price) = options[o];
            var count = reached.Count;
            for (var r = 0; r < count; r++)
            {
                var from = reached[r];
                var to = from | mask;
                var total = cost[from] + price;
                if (to == from || total > budget || total >= cost[to])
                {
                    continue;
                }

                if (cost[to] == int.MaxValue)
                {
                    reached.Add(to);
                }

                cost[to] = total;
                previous[to] = from;
                via[to] = o;
            }
        }

        var best = 0;
        foreach (var state in reached)
        {
            var (score, bestScore) = (profile.Score(state), profile.Score(best));
            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && cost[state] < cost[best]))
            {
                best = state;
            }
        }

        // Every step back removes the coverage one option added, so the walk ends at the empty state.
        var chosen = new List<int>();
        for (var state = best; state != 0; state = previous[state])
        {
            chosen.Add(via[state]);
        }

        chosen.Reverse();
        return chosen;
    }
}
