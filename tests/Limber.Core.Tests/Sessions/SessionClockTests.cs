using Limber.Sessions;
using Limber.Testing;
using Shouldly;

namespace Limber.Core.Tests.Sessions;

public sealed class SessionClockTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void Elapsed_counts_from_the_start()
    {
        var clock = new SessionClock(time);
        time.Advance(TimeSpan.FromSeconds(5));
        clock.Elapsed.ShouldBe(0);
        clock.Start();
        time.Advance(TimeSpan.FromSeconds(12.5));
        clock.Elapsed.ShouldBe(12.5);
    }

    [Fact]
    public void Pausing_shifts_the_whole_schedule_by_exactly_the_pause()
    {
        var clock = new SessionClock(time);
        clock.Start();
        time.Advance(TimeSpan.FromSeconds(10));
        clock.Pause();
        time.Advance(TimeSpan.FromSeconds(95.25));
        clock.Elapsed.ShouldBe(10);
        clock.Resume();
        time.Advance(TimeSpan.FromSeconds(3));
        clock.Elapsed.ShouldBe(13);
    }

    [Fact]
    public void Jumping_moves_session_time_without_touching_the_clock()
    {
        var clock = new SessionClock(time);
        clock.Start();
        time.Advance(TimeSpan.FromSeconds(10));
        clock.JumpTo(120);
        clock.Elapsed.ShouldBe(120);
        time.Advance(TimeSpan.FromSeconds(1));
        clock.Elapsed.ShouldBe(121);
        clock.JumpTo(30);
        clock.Elapsed.ShouldBe(30);
    }

    [Fact]
    public async Task Waits_go_through_the_same_clock()
    {
        var clock = new SessionClock(time);
        var wait = clock.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        wait.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(29));
        wait.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_wait_shorter_than_a_millisecond_still_waits_for_the_clock()
    {
        // Task.Delay truncates to whole milliseconds: 0.9999 ms would complete at once and a loop waiting for a
        // due time would spin forever on a clock that has not moved.
        var clock = new SessionClock(time);
        var wait = clock.WaitAsync(TimeSpan.FromTicks(9_999), CancellationToken.None);
        wait.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(1));
        wait.IsCompleted.ShouldBeTrue();
    }
}
