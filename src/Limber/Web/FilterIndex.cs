using System.Numerics;
using Limber.Catalog;
using Limber.Exercises;

namespace Limber.Cli.Web;

/// <summary>
/// Which exercises each filter value selects, as bits over the catalog's order (by name). A filtered page costs
/// a few ANDs over the catalog's bits, not a pass over every exercise, however large the catalog grows.
/// </summary>
internal sealed class FilterIndex
{
    private readonly Dictionary<(string Dimension, string Value), ulong[]> bits = [];
    private readonly IReadOnlyList<Exercise> exercises;
    private readonly int words;

    public FilterIndex(IReadOnlyList<Exercise> exercises)
    {
        this.exercises = exercises;
        words = (exercises.Count + 63) / 64;
        for (var i = 0; i < exercises.Count; i++)
        {
            var e = exercises[i];
            foreach (var target in e.Targets)
            {
                Set("target", target, i);
            }

            foreach (var prop in e.Equipment)
            {
                Set("equipment", prop, i);
            }

            foreach (var use in e.UseCases)
            {
                Set("use", Words.Of(use), i);
            }

            if (e.Position is { } position)
            {
                Set("position", Words.Of(position), i);
            }

            if (e.Level is { } level)
            {
                Set("level", Words.Of(level), i);
            }
        }
    }

    /// <summary>The page of exercises every set filter selects, in catalog order, and how many there are in all.</summary>
    public (IReadOnlyList<Exercise> Page, int Total) Select(ExerciseFilter filter, int offset, int limit)
    {
        var chosen = new[]
        {
            ("target", filter.Target), ("position", filter.Position is { } p ? Words.Of(p) : null), ("equipment", filter.Equipment),
            ("level", filter.Level is { } l ? Words.Of(l) : null), ("use", filter.UseCase is { } u ? Words.Of(u) : null),
        }.Where(c => c.Item2 is not null).Select(c => bits.GetValueOrDefault((c.Item1, c.Item2!.ToLowerInvariant()))).ToList();
        if (chosen.Any(b => b is null))
        {
            return ([], 0); // a value no exercise has
        }

        var page = new List<Exercise>(limit);
        var total = 0;
        for (var w = 0; w < words; w++)
        {
            var word = ulong.MaxValue;
            foreach (var b in chosen)
            {
                word &= b![w];
            }

            if (w == words - 1 && exercises.Count % 64 != 0)
            {
                word &= (1UL << (exercises.Count % 64)) - 1;
            }

            var here = BitOperations.PopCount(word);
            if (total + here > offset && page.Count < limit)
            {
                for (var rest = word; rest != 0; rest &= rest - 1)
                {
                    var at = total++;
                    if (at >= offset && page.Count < limit)
                    {
                        page.Add(exercises[(w * 64) + BitOperations.TrailingZeroCount(rest)]);
                    }
                }
            }
            else
            {
                total += here;
            }
        }

        return (page, total);
    }

    private void Set(string dimension, string value, int index)
    {
        var key = (dimension, value.ToLowerInvariant());
        if (!bits.TryGetValue(key, out var set))
        {
            bits[key] = set = new ulong[words];
        }

        set[index / 64] |= 1UL << (index % 64);
    }
}
