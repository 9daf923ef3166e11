using Limber.Bench;

// Benchmarks that are too slow or too machine-dependent for the test suite. See bench/RESULTS.md.
return args switch
{
    ["planner", ..] => PlannerRun.Run(args[1..]),
    ["cue-lateness", ..] => await CueLateness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Limber.Bench -- cue-lateness [SECONDS] | planner");
    return 1;
}
