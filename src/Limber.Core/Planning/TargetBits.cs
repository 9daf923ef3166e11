using Limber.Exercises;

namespace Limber.Planning;

/// <summary>The target vocabulary as bit positions, so an exercise's targets fit in one integer.</summary>
internal static class TargetBits
{
    public static IReadOnlyList<string> Vocabulary { get; } = [.. Targets.All.Select(t => t.Id)];

    public static int IndexOf(string target)
    {
        for (var i = 0; i < Vocabulary.Count; i++)
        {
            if (Vocabulary[i] == target)
            {
                return i;
            }
        }

        return -1;
    }

    public static long Of(IEnumerable<string> targets) =>
        targets.Select(IndexOf).Where(i => i >= 0).Aggregate(0L, (bits, i) => bits | 1L << i);
}
