using Limber.Testing;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Npgsql;
using Shouldly;

namespace Limber.Storage.Tests;

/// <summary>A PostgreSQL server that goes away mid-session: a clear message, and every hold written before is kept.</summary>
public sealed class PostgresFaultTests
{
    [Fact]
    public async Task A_server_that_goes_away_says_so_and_keeps_what_was_saved()
    {
        using var server = PostgresServer.StartOwn();
        var monday = new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);
        LoggedHold Hold(int segment) => new(new ExerciseId("hip-crossover-stretch"), Side.Left, 1, 45, 45, monday.AddMinutes(segment)) { SegmentIndex = segment };

        using var store = await ProgressStores.OpenAsync(server.ConnectionString, "/nonexistent", "ana");
        var id = await store.StartSessionAsync(monday, "a", "{}");
        await store.AddHoldAsync(id, Hold(1));

        server.Halt();
        NpgsqlConnection.ClearAllPools();
        var error = await Should.ThrowAsync<StorageException>(() => store.AddHoldAsync(id, Hold(2)));
        error.Message.ShouldEndWith("is not reachable; check that it is running (what was saved so far is kept)");
        error.Message.ShouldStartWith("the PostgreSQL server at 127.0.0.1:");

        server.Restart();
        (await store.HoldsAsync()).ShouldHaveSingleItem().SegmentIndex.ShouldBe(1);
    }
}
