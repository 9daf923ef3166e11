using System.CommandLine;
using System.Globalization;
using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Cli;

/// <summary><c>limber settings</c>: show or change the breathing pace, default level and tighter side.</summary>
internal static class SettingsCommand
{
    public static Command Create(CliContext context)
    {
        var pace = new Option<double?>("--pace") { Description = "Breaths a minute for breath-counted holds (1 to 30)" };
        var level = new Option<string?>("--level") { Description = $"Your default level: {string.Join(", ", Words.All<Level>())}, or none" };
        var tighter = new Option<string?>("--tighter") { Description = "Your tighter side: left, right, or none" };
        var command = new Command("settings", "Show or change your settings") { pace, level, tighter };
        command.SetAction(async (parse, cancel) =>
        {
            using var store = await context.OpenStoreAsync(parse, cancel);
            var settings = await store.SettingsAsync(cancel);
            var changed = settings;
            if (parse.GetValue(pace) is { } p)
            {
                changed = SessionOptions.Default with { BreathsPerMinute = p } is { } o && o.Problems() is [var problem, ..]
                    ? throw new UserError(problem)
                    : changed with { BreathsPerMinute = p };
            }

            if (parse.GetValue(level) is { } l)
            {
                changed = changed with { Level = l == "none" ? null : Choice.Parse<Level>(l, "level") };
            }

            if (parse.GetValue(tighter) is { } t)
            {
                changed = changed with { TighterSide = t == "none" ? null : Choice.Parse<Side>(t, "side") };
            }

            if (changed != settings)
            {
                await store.SaveSettingsAsync(changed, cancel);
            }

            var output = context.Console.Profile.Out.Writer;
            output.WriteLine($"pace     {changed.BreathsPerMinute.ToString("0.#", CultureInfo.InvariantCulture)} breaths a minute");
            output.WriteLine($"level    {(changed.Level is { } lv ? Words.Of(lv) : "not set (doses start in the middle of their range)")}");
            output.WriteLine($"tighter  {(changed.TighterSide is { } side ? $"{Words.Of(side)} (25% more hold time there)" : "not set")}");
            return 0;
        });
        return command;
    }
}
