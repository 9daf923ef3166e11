using System.Text.Json;
using Limber.Testing;
using Npgsql;
using Shouldly;

namespace Limber.Tests.Cli;

/// <summary>A whole session against a PostgreSQL server that goes away in the middle of it.</summary>
public sealed class StorageFaultTests
{
    [Fact]
    public async Task When_the_server_goes_away_the_session_goes_on_and_nothing_saved_is_lost()
    {
        using var server = PostgresServer.StartOwn();
        var env = new Dictionary<string, string> { ["LIMBER_DATA_DIR"] = TempData.NewFolder(), ["LIMBER_DATABASE"] = server.ConnectionString };
        var time = new ManualTime();

        // The server stops while the user rates the first hold (the hold itself is saved by then).
        var keys = new QueuedKeyboard("00", whenEmpty: () =>
        {
            server.Halt();
            NpgsqlConnection.ClearAllPools();
        });
        var session = CliRun.WithAsync(env, time, keys, live: false, "session", "hip-crossover-stretch", "--rate");
        await time.DriveAsync(session, TimeSpan.FromHours(1));
        var run = await session;

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Session complete");
        run.Error.ShouldContain("limber: could not save the hold: the PostgreSQL server at 127.0.0.1:");
        run.Error.ShouldContain("The session goes on; holds not saved are kept and written at the end.");
        var file = run.Error.Split('\n').Single(l => l.Contains("could not be saved to the log; they are in ", StringComparison.Ordinal)).Split("they are in ")[1].Trim();
        using (var unsaved = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            unsaved.RootElement.GetArrayLength().ShouldBe(5);
        }

        File.Delete(file);
        server.Restart();
        var log = CliRun.With(env, "log");
        log.Out.ShouldContain("running  hip-crossover-stretch · 1 hold");
    }
}
