namespace Limber.Content.Calendar;

/// <summary>
/// A weekly reminder to do a plan: on these days at this time of day (the user's own time wherever they are: a
/// floating time, as RFC 5545 calls it), for the plan's length, from the first of those days on or after
/// <paramref name="From"/>.
/// </summary>
public sealed record Reminder(string Title, string Description, IReadOnlyList<DayOfWeek> Days, TimeOnly At, TimeSpan Length, DateOnly From, string Uid)
{
    /// <summary>The first day on or after <see cref="From"/> that is one of <see cref="Days"/>: the series' first event.</summary>
    public DateOnly FirstDay
    {
        get
        {
            var day = From;
            while (!Days.Contains(day.DayOfWeek))
            {
                day = day.AddDays(1);
            }

            return day;
        }
    }
}
