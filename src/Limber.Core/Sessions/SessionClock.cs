namespace Limber.Sessions;

/// <summary>
/// Session time on a monotonic clock: elapsed is always measured from the session's start, never by adding up
/// waits, so it cannot drift. Pausing stops it; jumping (next, back) moves it to a segment's start.
/// </summary>
public sealed class SessionClock(TimeProvider time)
{
    private long started;
    private long? pausedAt;
    private TimeSpan shift;

    public bool IsRunning { get; private set; }

    public bool IsPaused => pausedAt is not null;

    public void Start()
    {
        started = time.GetTimestamp();
        shift = TimeSpan.Zero;
        pausedAt = null;
        IsRunning = true;
    }

    /// <summary>Seconds of session time so far; it stands still while paused.</summary>
    public double Elapsed => IsRunning ? (time.GetElapsedTime(started, pausedAt ?? time.GetTimestamp()) + shift).TotalSeconds : 0;

    public void Pause() => pausedAt ??= time.GetTimestamp();

    /// <summary>Resumes where it paused: the whole schedule moves by exactly the time spent paused.</summary>
    public void Resume()
    {
        if (pausedAt is { } at)
        {
            shift -= time.GetElapsedTime(at);
            pausedAt = null;
        }
    }

    /// <summary>Moves session time to <paramref name="seconds"/> (used by next and back); a pause stays a pause.</summary>
    public void JumpTo(double seconds) => shift += TimeSpan.FromSeconds(seconds - Elapsed);

    /// <summary>
    /// Waits on the same time source, so a fake clock in tests drives the whole session. The wait is rounded up
    /// to whole milliseconds: Task.Delay truncates to milliseconds, so a wait of 0.9 ms would return at once and
    /// a loop waiting for a due time would spin without ever reaching it.
    /// </summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancel) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(Math.Max(0, delay.TotalMilliseconds))), time, cancel);
}
