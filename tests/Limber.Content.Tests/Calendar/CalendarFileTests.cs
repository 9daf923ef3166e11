using System.Text;
using Limber.Content.Calendar;
using Shouldly;

namespace Limber.Content.Tests.Calendar;

public sealed class CalendarFileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero); // a Wednesday

    private static Reminder Reminder(string description = "1. Hip crossover: hold 45 seconds, 3 times each side") =>
        new("Limber: hips", description, [DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday], new TimeOnly(7, 30), TimeSpan.FromSeconds(656), new DateOnly(2026, 11, 26), "plan-1@limber");

    [Fact]
    public void A_weekly_reminder_reads_back_as_written()
    {
        var calendar = CalendarFile.Read(CalendarFile.Write(Reminder(), Now));
        calendar.Name.ShouldBe("VCALENDAR");
        calendar["VERSION"].ShouldBe("2.0");
        var e = calendar.Children.ShouldHaveSingleItem();
        e.Name.ShouldBe("VEVENT");
        e["RRULE"].ShouldBe("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        e["DTSTART"].ShouldBe("20261127T073000"); // the first Mon/Wed/Fri on or after Thursday 26: Friday 27, floating local time
        e["DURATION"].ShouldBe("PT10M56S");
        e["DTSTAMP"].ShouldBe("20261125T090000Z");
        e["UID"].ShouldBe("plan-1@limber");
        CalendarFile.Text(e["DESCRIPTION"]!).ShouldBe("1. Hip crossover: hold 45 seconds, 3 times each side");
        e.Children.ShouldHaveSingleItem()["TRIGGER"].ShouldBe("PT0M");
    }

    [Fact]
    public void Lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character()
    {
        var long_ = string.Concat(Enumerable.Repeat("Étirement; hanches, dos \\ 🧘 ", 20)) + "\nlast line";
        var text = CalendarFile.Write(Reminder(long_), Now);
        text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n");
        foreach (var line in text.Split("\r\n"))
        {
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75);
            line.ShouldNotContain("\uFFFD");
        }

        var e = CalendarFile.Read(text).Children[0];
        CalendarFile.Text(e["DESCRIPTION"]!).ShouldBe(long_);
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n", "does not close")]
    [InlineData("BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n", "line 2")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "never ended")]
    public void A_broken_calendar_names_the_problem(string text, string message) =>
        Should.Throw<FormatException>(() => CalendarFile.Read(text)).Message.ShouldContain(message);
}
