using BenchmarkDotNet.Running;

namespace Limber.Bench;

/// <summary>Runs the planner benchmark and prints the percentiles the issue asks for, which BenchmarkDotNet's table does not show.</summary>
internal static class PlannerRun
{
    public static int Run(string[] args)
    {
        var summary = BenchmarkRunner.Run<PlannerBenchmark>(args: args);
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics;
            if (stats is null)
            {
                Console.WriteLine($"{report.BenchmarkCase.DisplayInfo}: no result");
                return 1;
            }

            var p = stats.Percentiles;
            Console.WriteLine($"{report.BenchmarkCase.DisplayInfo}: n={stats.N} median={p.P50 / 1e6:F2} ms p95={p.P95 / 1e6:F2} ms p99={p.Percentile(99) / 1e6:F2} ms max={stats.Max / 1e6:F2} ms");
        }

        return 0;
    }
}
