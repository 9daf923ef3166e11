using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Limber.Catalog;
using Limber.Content.Files;
using Limber.Exercises;
using Limber.Planning;

namespace Limber.Bench;

/// <summary>
/// One plan on a 10,000-exercise synthetic catalog. Each iteration is a single call (monitoring strategy), so the
/// percentiles are those of single plans, not of averages.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 300, iterationCount: 1000)]
[MemoryDiagnoser]
public class PlannerBenchmark
{
    private Planner planner = null!;
    private IReadOnlyList<Goal> goals = null!;
    private int next;

    [Params(10_000)]
    public int Exercises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ExerciseCatalog catalog = SyntheticCatalog.Make(Exercises);
        planner = new Planner(catalog);
        goals = GoalFile.Load(Path.Combine(AppContext.BaseDirectory, "content")).Goals;
    }

    /// <summary>Goals and budgets in turn, from a short desk break to a long cool-down, some with constraints.</summary>
    [Benchmark]
    public Plan Plan()
    {
        var i = next++;
        var request = new PlanRequest(goals[i % goals.Count], 5 + (i * 7 % 56), i % 3 == 0 ? Level.Beginner : null,
            i % 4 == 0 ? new HashSet<Position> { Position.Prone, Position.Kneeling } : null,
            i % 5 == 0 ? new HashSet<string> { "mat", "strap" } : null);
        return planner.Plan(request);
    }
}
