using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Limber.Cli.Sessions;
using Limber.Content.Calendar;
using Limber.Planning;
using Limber.Sessions;

namespace Limber.Cli;

/// <summary><c>limber remind --plan FILE --days mon,wed,fri --at 07:30</c>: the plan as a weekly calendar event (RFC 5545).</summary>
internal static class RemindCommand
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    public static Command Create(CliContext context)
    {
        var plan = new Option<string>("--plan") { Description = "A plan saved with 'limber plan ... --out FILE'", Required = true };
        var days = new Option<string>("--days") { Description = "The days, comma-separated: mon,tue,wed,thu,fri,sat,sun", DefaultValueFactory = _ => "mon,wed,fri" };
        var at = new Option<string>("--at") { Description = "The time of day, HH:MM in your own time", DefaultValueFactory = _ => "07:30" };
        var output = new Option<string?>("--out") { Description = "Write the calendar to this file (.ics) instead of standard output" };
        var command = new Command("remind", "Add a plan to your calendar: a weekly event on the days you choose") { plan, days, at, output };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(days)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => Days.TryGetValue(d, out var day) ? day : throw new UserError($"unknown day '{d}' (use mon, tue, wed, thu, fri, sat, sun)"))
                .Distinct().ToList();
            if (chosen.Count == 0)
            {
                throw new UserError("name at least one day with --days, e.g. mon,wed,fri");
            }

            if (!TimeOnly.TryParseExact(parse.GetValue(at), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                throw new UserError($"--at takes a time as HH:MM, such as 07:30, not '{parse.GetValue(at)}'");
            }

            var path = parse.GetValue(plan)!;
            var handout = Handout.For(Path.GetFileNameWithoutExtension(path), SessionCommand.FromPlan(context.LoadCatalog(parse), path), SessionOptions.Default, null);
            var now = context.Time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.ToOffset(context.Time.LocalTimeZone.GetUtcOffset(now)).DateTime);
            var description = new StringBuilder($"Limber plan, {Clock.Format(handout.TotalSeconds)}:\n");
            foreach (var (entry, i) in handout.Entries.Select((e, i) => (e, i)))
            {
                description.Append(CultureInfo.InvariantCulture, $"{i + 1}. {entry.Exercise.Name}: {entry.Dose} ({Clock.Format(entry.Seconds)})\n");
            }

            description.Append(CultureInfo.InvariantCulture, $"Run it with: limber session --plan {path}\nStop at sharp pain, pinching or pain in a joint.");
            var uid = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..24] + "@limber";
            var reminder = new Reminder($"Limber: {handout.Title} ({Clock.Format(handout.TotalSeconds)})", description.ToString(), chosen, time, TimeSpan.FromSeconds(handout.TotalSeconds), today, uid);
            var calendar = CalendarFile.Write(reminder, now);
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, calendar);
                context.Error.WriteLine($"Wrote {file}: {handout.Title} every {string.Join(", ", chosen.Order())} at {time:HH\\:mm}, from {reminder.FirstDay:ddd d MMM}; import it into your calendar.");
            }
            else
            {
                context.Console.Profile.Out.Writer.Write(calendar);
            }

            return 0;
        });
        return command;
    }
}
