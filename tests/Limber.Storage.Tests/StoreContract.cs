using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Shouldly;

namespace Limber.Storage.Tests;

/// <summary>The storage suite: every backend passes the same tests.</summary>
public abstract class StoreContract
{
    protected static readonly DateTimeOffset Monday = new(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);
    protected static readonly ExerciseId Crossover = new("hip-crossover-stretch");

    /// <summary>A store for <paramref name="user"/> on this backend's database, schema up to date.</summary>
    protected abstract Task<IProgressStore> Open(string user = "ana");

    protected static LoggedHold Hold(int segment, Side? side, int seconds = 45, Rating? rating = null, int minute = 1) =>
        new(Crossover, side, 1 + (segment / 2), seconds, seconds, Monday.AddMinutes(minute + segment), rating) { SegmentIndex = segment };

    [Fact]
    public async Task A_session_its_holds_and_their_ratings_come_back_as_written()
    {
        using var store = await Open();
        var id = await store.StartSessionAsync(Monday, "hip-crossover-stretch", "{\"items\":[]}");
        await store.AddHoldAsync(id, Hold(1, Side.Left) with { Range = new RangeMeasure(12.5, "cm"), Note = "felt it in the outer hip" });
        await store.AddHoldAsync(id, Hold(4, Side.Right));
        await store.RateHoldAsync(id, 1, new Rating(6, 0));
        await store.RateHoldAsync(id, 4, new Rating(4, 5, pinch: true));
        await store.EndSessionAsync(id, SessionStatus.Finished, Monday.AddMinutes(7));

        var session = (await store.SessionsAsync()).ShouldHaveSingleItem();
        session.ShouldSatisfyAllConditions(
            s => s.Status.ShouldBe(SessionStatus.Finished),
            s => s.StartedAt.ShouldBe(Monday),
            s => s.EndedAt.ShouldBe(Monday.AddMinutes(7)),
            s => s.Recipe.ShouldBe("{\"items\":[]}"));
        session.Holds.Select(h => (h.Side, h.Rating)).ShouldBe([(Side.Left, new Rating(6, 0)), (Side.Right, new Rating(4, 5, true))]);
        session.Holds[0].Range.ShouldBe(new RangeMeasure(12.5, "cm"));
        session.Holds[0].Note.ShouldBe("felt it in the outer hip");
        session.Holds[0].CompletedAt.ShouldBe(Monday.AddMinutes(2));
    }

    [Fact]
    public async Task A_hold_is_durable_the_moment_its_write_returns()
    {
        long id;
        using (var store = await Open())
        {
            id = await store.StartSessionAsync(Monday, "hip-crossover-stretch", "{}");
            await store.AddHoldAsync(id, Hold(1, Side.Left));
        }

        using var reopened = await Open();
        var unfinished = await reopened.UnfinishedAsync();
        unfinished.ShouldNotBeNull().Id.ShouldBe(id);
        unfinished.Holds.ShouldHaveSingleItem().SegmentIndex.ShouldBe(1);
    }

    [Fact]
    public async Task Only_a_running_session_is_offered_for_resuming()
    {
        using var store = await Open();
        var done = await store.StartSessionAsync(Monday, "a", "{}");
        await store.EndSessionAsync(done, SessionStatus.Abandoned, Monday.AddMinutes(1));
        (await store.UnfinishedAsync()).ShouldBeNull();
        var running = await store.StartSessionAsync(Monday.AddDays(1), "b", "{}");
        (await store.UnfinishedAsync())!.Id.ShouldBe(running);
    }

    [Fact]
    public async Task Holds_of_one_exercise_come_oldest_first_with_their_session()
    {
        using var store = await Open();
        var first = await store.StartSessionAsync(Monday, "a", "{}");
        await store.AddHoldAsync(first, Hold(1, Side.Left, minute: 1));
        await store.AddHoldAsync(first, new LoggedHold(new ExerciseId("restorative-supta-virasana"), null, 1, 60, 60, Monday.AddMinutes(9)) { SegmentIndex = 9 });
        var second = await store.StartSessionAsync(Monday.AddDays(1), "a", "{}");
        await store.AddHoldAsync(second, Hold(1, Side.Left, minute: 60 * 24));

        var holds = await store.HoldsAsync(Crossover);
        holds.Select(h => h.SessionId).ShouldBe([first, second]);
        (await store.HoldsAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Users_see_only_their_own_sessions_and_settings()
    {
        using var ana = await Open("ana");
        using var ben = await Open("ben");
        await ana.StartSessionAsync(Monday, "a", "{}");
        await ana.SaveSettingsAsync(new UserSettings(5, Level.Beginner, Side.Left));

        (await ben.SessionsAsync()).ShouldBeEmpty();
        (await ben.SettingsAsync()).ShouldBe(UserSettings.Default);
        (await ana.SettingsAsync()).ShouldBe(new UserSettings(5, Level.Beginner, Side.Left));
    }

    [Fact]
    public async Task Settings_are_replaced_not_duplicated()
    {
        using var store = await Open();
        await store.SaveSettingsAsync(new UserSettings(5, Level.Beginner, Side.Left));
        await store.SaveSettingsAsync(new UserSettings(7));
        (await store.SettingsAsync()).ShouldBe(new UserSettings(7));
    }

    [Fact]
    public async Task A_note_is_added_to_a_hold_already_written()
    {
        using var store = await Open();
        var id = await store.StartSessionAsync(Monday, "a", "{}");
        await store.AddHoldAsync(id, Hold(1, Side.Left, rating: new Rating(3, 0)));
        await store.NoteHoldAsync(id, 1, "pillow under the hips helped");
        var hold = (await store.HoldsAsync()).ShouldHaveSingleItem();
        (hold.Note, hold.Rating).ShouldBe(("pillow under the hips helped", new Rating(3, 0)));
        await Should.ThrowAsync<StorageException>(() => store.NoteHoldAsync(id, 9, "no such hold"));
    }

    [Fact]
    public async Task Rating_a_hold_that_was_never_written_is_refused()
    {
        using var store = await Open();
        var id = await store.StartSessionAsync(Monday, "a", "{}");
        (await Should.ThrowAsync<StorageException>(() => store.RateHoldAsync(id, 3, new Rating(1, 1)))).Message.ShouldBe($"no hold 3 in session {id} to rate");
    }

    [Fact]
    public async Task The_latest_sessions_come_first_and_the_limit_holds()
    {
        using var store = await Open();
        for (var day = 0; day < 5; day++)
        {
            var id = await store.StartSessionAsync(Monday.AddDays(day), $"day {day}", "{}");
            await store.AddHoldAsync(id, Hold(1, Side.Left, minute: day * 1440));
        }

        var recent = await store.SessionsAsync(limit: 2);
        recent.Select(s => s.Source).ShouldBe(["day 4", "day 3"]);
        recent.ShouldAllBe(s => s.Holds.Count == 1);
    }
}
