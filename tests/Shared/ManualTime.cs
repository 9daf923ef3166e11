using System.Diagnostics;

namespace Limber.Testing;

/// <summary>
/// A TimeProvider that moves only when a test says so. Timers fire in due order as time advances, so a whole
/// session can be played in milliseconds with every wait landing exactly on its due time.
/// </summary>
internal sealed class ManualTime : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<Timer> timers = [];
    private long now;

    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 7, 30, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override DateTimeOffset GetUtcNow() => Epoch + TimeSpan.FromTicks(GetTimestamp());

    public TimeSpan Elapsed => TimeSpan.FromTicks(GetTimestamp());

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward, firing every timer that falls due on the way, each at its own due time.</summary>
    public void Advance(TimeSpan by)
    {
        long target;
        lock (gate)
        {
            target = now + by.Ticks;
        }

        while (NextDue() is { } due && due.At <= target)
        {
            lock (gate)
            {
                now = Math.Max(now, due.At);
            }

            due.Timer.Fire();
        }

        lock (gate)
        {
            now = Math.Max(now, target);
        }
    }

    /// <summary>
    /// Runs <paramref name="task"/> to its end by jumping time to each timer it waits on. Fails the test if the
    /// task neither finishes nor waits within five real seconds, or runs past <paramref name="limit"/> of fake time.
    /// Asynchronous, so no thread is blocked while the task's continuations run.
    /// </summary>
    public async Task DriveAsync(Task task, TimeSpan limit)
    {
        var idleSince = Stopwatch.GetTimestamp();
        var spins = 0;
        while (!task.IsCompleted)
        {
            if (NextDue() is { } due)
            {
                if (TimeSpan.FromTicks(due.At) > limit)
                {
                    throw new TimeoutException($"still running after {limit} of fake time");
                }

                Advance(TimeSpan.FromTicks(Math.Max(0, due.At - GetTimestamp())));
                idleSince = Stopwatch.GetTimestamp();
                await Task.Yield();
                continue;
            }

            if (Stopwatch.GetElapsedTime(idleSince) > TimeSpan.FromSeconds(5))
            {
                throw new TimeoutException($"the task neither finished nor waited on the clock (fake time {Elapsed})");
            }

            // Let the task's continuations run; only poll with real time once it has had plenty of chances.
            if (++spins % 100 == 0)
            {
                await Task.WhenAny(task, Task.Delay(1));
            }
            else
            {
                await Task.Yield();
            }
        }

        await task;
    }

    private (long At, Timer Timer)? NextDue()
    {
        lock (gate)
        {
            var next = timers.Where(t => t.DueAt is not null).MinBy(t => t.DueAt);
            return next is null ? null : (next.DueAt!.Value, next);
        }
    }

    private sealed class Timer(ManualTime time, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period;

        public long? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (time.gate)
            {
                this.period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : time.now + Math.Max(0, dueTime.Ticks);
                if (!time.timers.Contains(this))
                {
                    time.timers.Add(this);
                }
            }

            return true;
        }

        public void Fire()
        {
            lock (time.gate)
            {
                DueAt = period > TimeSpan.Zero && period != Timeout.InfiniteTimeSpan ? DueAt + period.Ticks : null;
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (time.gate)
            {
                DueAt = null;
                time.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
