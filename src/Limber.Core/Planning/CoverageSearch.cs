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
    /// <param name="options">One entry per distinct mask: its cheapest cost in seconds.</param>
    /// <returns>Indexes into <paramref name="options"/> of the chosen set.</returns>
    public static IReadOnlyList<int> Best(IReadOnlyList<(int Mask, int Cost)> options, GoalProfile profile, int budget)
    {
        var size = 1 << profile.Bits;
        var cost = new int[size];
        var previous = new int[size];
        var via = new int[size];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        var reached = new List<int> { 0 };

        for (var o = 0; o < options.Count; o++)
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
