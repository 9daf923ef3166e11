using System.CommandLine;
using System.Globalization;
using Limber.Exercises;
using Limber.Progress;

namespace Limber.Cli;

/// <summary><c>limber progress [ID]</c>: per exercise, how tightness and range moved, left and right side by side.</summary>
internal static class ProgressCommand
{
    /// <summary>Sessions one sparkline shows: the latest ones, so the chart fits 80 columns.</summary>
    public const int Width = 24;

    private const string Ticks = "▁▂▃▄▅▆▇█";

    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "One exercise (default: every exercise in your log)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("progress", "Show how tightness and range moved per exercise, left and right side by side") { id };
        command.SetAction(async (parse, cancel) =>
        {
            var catalog = context.LoadCatalog(parse);
            ExerciseId? only = parse.GetValue(id) is { } text ? ShowCommand.Find(catalog, text).Id : null;
            using var store = await context.OpenStoreAsync(parse, cancel);
            var reports = ProgressReport.From(await store.HoldsAsync(only, cancel));
            var output = context.Console.Profile.Out.Writer;
            if (reports.Count == 0)
            {
                output.WriteLine(only is null ? "No holds in your log yet." : $"No holds of {only} in your log yet.");
                return 0;
            }

            foreach (var report in reports)
            {
                var sessions = report.Sessions;
                output.WriteLine($"{LogCommand.Name(catalog, report.Exercise)} ({report.Exercise}): {sessions.Count} session{(sessions.Count == 1 ? "" : "s")}, {Day(context, sessions[0].At)} to {Day(context, sessions[^1].At)}");
                Line(output, "tightness", sessions, s => s.Left.Tightness, s => s.Right.Tightness, s => s.Both.Tightness, Rating.Max);
                var unit = sessions.Select(s => s.Left.Range ?? s.Right.Range ?? s.Both.Range).LastOrDefault(r => r is not null)?.Unit;
                if (unit is not null)
                {
                    var most = sessions.SelectMany(s => new[] { s.Left.Range, s.Right.Range, s.Both.Range }).OfType<RangeMeasure>().Max(r => r.Value);
                    Line(output, $"range ({unit})", sessions, s => s.Left.Range?.Value, s => s.Right.Range?.Value, s => s.Both.Range?.Value, most);
                }

                if (report.SideDifference is { } difference && Math.Abs(difference) >= 0.5)
                {
                    var tighter = difference > 0 ? "left" : "right";
                    output.WriteLine($"  Your {tighter} side is {Math.Abs(difference).ToString("0.#", CultureInfo.InvariantCulture)} points tighter on average over the last sessions{(Math.Abs(difference) >= Adaptation.AsymmetryPoints ? "; it gets extra hold time" : "")}.");
                }

                if (sessions.Count > Width)
                {
                    output.WriteLine($"  (the charts show the last {Width} sessions; first to last covers all {sessions.Count})");
                }

                output.WriteLine();
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// One line per side: a sparkline of the latest sessions on a scale from 0 to <paramref name="high"/>, then the
    /// first and the latest value of the whole history.
    /// </summary>
    private static void Line(TextWriter output, string label, IReadOnlyList<SessionPoint> sessions,
        Func<SessionPoint, double?> left, Func<SessionPoint, double?> right, Func<SessionPoint, double?> both, double high)
    {
        var shown = sessions.Skip(Math.Max(0, sessions.Count - Width)).ToList();
        if (sessions.Any(s => left(s) is not null || right(s) is not null))
        {
            output.WriteLine($"  {label,-12} left  {Spark(shown.Select(left), 0, high)} {Trend(sessions.Select(left))}");
            output.WriteLine($"  {"",-12} right {Spark(shown.Select(right), 0, high)} {Trend(sessions.Select(right))}");
        }

        if (sessions.Any(s => both(s) is not null))
        {
            output.WriteLine($"  {label,-12} both  {Spark(shown.Select(both), 0, high)} {Trend(sessions.Select(both))}");
        }
    }

    /// <summary>One character per session, from ▁ (low) to █ (high); a blank where the session has no value.</summary>
    public static string Spark(IEnumerable<double?> values, double low, double high) =>
        new([.. values.Select(v => v is not { } x ? ' ' : Ticks[(int)Math.Round((Math.Clamp(x, low, high) - low) / Math.Max(high - low, 1e-9) * (Ticks.Length - 1))])]);

    private static string Trend(IEnumerable<double?> values)
    {
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? "" : $"{known[0].ToString("0.#", CultureInfo.InvariantCulture)} → {known[^1].ToString("0.#", CultureInfo.InvariantCulture)}";
    }

    private static string Day(CliContext context, DateTimeOffset at) => context.Local(at, "d MMM yyyy");
}
