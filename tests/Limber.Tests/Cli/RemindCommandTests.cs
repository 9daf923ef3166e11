using Limber.Content.Calendar;
using Limber.Testing;
using Shouldly;

namespace Limber.Tests.Cli;

public sealed class RemindCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("limber-remind-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_plan_becomes_a_weekly_event_listing_its_exercises()
    {
        var plan = Path.Combine(folder, "hips.json");
        CliRun.Of("plan", "--goal", "lower-back", "--minutes", "10", "--out", plan).ExitCode.ShouldBe(0);
        var ics = Path.Combine(folder, "plan.ics");
        var run = await CliRun.WithAsync(new Dictionary<string, string>(), new ManualTime(), null, false, "remind", "--plan", plan, "--days", "mon,wed,fri", "--at", "07:30", "--out", ics);
        run.ExitCode.ShouldBe(0, run.Error);

        var e = CalendarFile.Read(File.ReadAllText(ics)).Children.ShouldHaveSingleItem();
        e["RRULE"].ShouldBe("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        e["DTSTART"].ShouldBe("20260105T073000"); // the fake clock's day, a Monday
        var description = CalendarFile.Text(e["DESCRIPTION"]!);
        var names = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(plan))!["items"]!.AsArray().Select(i => (string)i!["name"]!).ToList();
        names.ShouldNotBeEmpty();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            description.ShouldContain($"{i + 1}. {name}: hold ");
        }
    }

    [Theory]
    [InlineData("--days", "someday", "unknown day 'someday'")]
    [InlineData("--at", "7.30am", "--at takes a time as HH:MM")]
    public void Bad_days_and_times_are_one_line(string option, string value, string message)
    {
        var plan = Path.Combine(folder, "p.json");
        CliRun.Of("plan", "--goal", "hips", "--minutes", "6", "--out", plan);
        var run = CliRun.Of("remind", "--plan", plan, option, value);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(message);
    }
}
