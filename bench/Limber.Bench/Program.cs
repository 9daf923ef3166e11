using Limber.Bench;

// Benchmarks that are too slow or too machine-dependent for the test suite. See bench/RESULTS.md.
return args switch
{
    ["planner", ..] => PlannerRun.Run(args[1..]),
    ["import", ..] => ImportBenchmark.Run(args[1..]),
    ["import-memory", ..] => ImportArticles.Memory(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, args.Length > 2 ? args[2] : null),
    ["holds", ..] => await StorageBench.HoldsAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000, Environment.GetEnvironmentVariable("LIMBER_BENCH_POSTGRES")),
    ["progress", ..] => await StorageBench.ProgressAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10),
    ["cue-lateness", ..] => await CueLateness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    ["web", ..] => await WebLoad.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10),
    ["coaching", ..] => CoachingNumbers.Run(args.Length > 1 ? args[1] : "content"),
    ["seed-cues", ..] => SeedCues.Run(args.Length > 1 ? args[1] : "content"),
    ["web-cues", ..] => await WebCues.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Limber.Bench -- cue-lateness [SECONDS] | planner | import | import-memory [COUNT] | holds [COUNT] | progress [YEARS] | web [EXERCISES] [SECONDS] | web-cues [SPEED] | coaching [CONTENT-DIR] | seed-cues [CONTENT-DIR]");
    return 1;
}
