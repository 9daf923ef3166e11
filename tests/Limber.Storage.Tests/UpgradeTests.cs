using Limber.Testing;
using Limber.Progress;
using Microsoft.Data.Sqlite;
using Npgsql;
using Shouldly;

namespace Limber.Storage.Tests;

/// <summary>A database written by the first schema opens in place with every row kept.</summary>
public sealed class UpgradeTests : IDisposable
{
    private const string VersionOneRows =
        """
        INSERT INTO sessions (user_name, started_at, ended_at, status, source, recipe) VALUES ('ana', 1763883000000, 1763883420000, 'finished', 'hip-crossover-stretch', '{}');
        INSERT INTO holds (session_id, segment_index, exercise_id, side, rep, planned_seconds, actual_seconds, completed_at, tightness, pain)
        VALUES (1, 1, 'hip-crossover-stretch', 'left', 1, 45, 44, 1763883100000, 7, 1),
               (1, 4, 'hip-crossover-stretch', 'right', 1, 45, 45, 1763883200000, 5, 0);
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("limber-upgrade-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_version_one_sqlite_file_is_upgraded_in_place()
    {
        var path = Path.Combine(folder, ProgressStores.FileName);
        await WriteVersionOne(new SqliteDialect(path, TimeSpan.FromSeconds(5)));

        using var store = await ProgressStores.OpenAsync(null, folder, "ana");
        await Check(store);
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        (await Schema.VersionAsync(connection, null, CancellationToken.None)).ShouldBe(2);
    }

    [Fact]
    public async Task A_version_one_postgresql_database_is_upgraded_in_place()
    {
        using var server = new PostgresServer();
        var database = $"limber_upgrade_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ToString();
        await WriteVersionOne(new PostgresDialect(connectionString));

        using var store = await ProgressStores.OpenAsync(connectionString, folder, "ana");
        await Check(store);
    }

    private static async Task WriteVersionOne(Dialect dialect)
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await Schema.UpgradeAsync(connection, dialect, to: 1);
        await using var insert = connection.CreateCommand();
        insert.CommandText = VersionOneRows;
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task Check(IProgressStore store)
    {
        var session = (await store.SessionsAsync()).ShouldHaveSingleItem();
        session.Status.ShouldBe(SessionStatus.Finished);
        session.Holds.Select(h => h.Rating).ShouldBe([new Rating(7, 1), new Rating(5, 0)]);
        session.Holds[0].ActualSeconds.ShouldBe(44);

        // The new columns and table work on the upgraded database.
        await store.RateHoldAsync(session.Id, 4, new Rating(5, 4, pinch: true), new RangeMeasure(10, "cm"));
        await store.SaveSettingsAsync(new UserSettings(5));
        (await store.HoldsAsync())[1].ShouldSatisfyAllConditions(h => h.Rating!.Pinch.ShouldBeTrue(), h => h.Range.ShouldBe(new RangeMeasure(10, "cm")));
    }
}
