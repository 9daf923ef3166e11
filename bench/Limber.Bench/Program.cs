using Limber.Bench;

// Benchmarks that are too slow or too machine-dependent for the test suite. See bench/RESULTS.md.
return args switch
{
    ["cue-lateness", ..] => await CueLateness.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Limber.Bench -- cue-lateness [SECONDS]");
    return 1;
}
