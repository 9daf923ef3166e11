using Limber.Testing;

namespace Limber.Tests.Cli;

/// <summary>
/// A fake clock whose waits wake a tenth late, as a busy machine's do: a wait of 5 s ends at 5.5 s. Time itself
/// is <paramref name="time"/>'s, so a test drives it as usual.
/// </summary>
internal sealed class LateTime(ManualTime time) : TimeProvider
{
    public override long TimestampFrequency => time.TimestampFrequency;

    public override long GetTimestamp() => time.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : dueTime * 1.1, period);
}
