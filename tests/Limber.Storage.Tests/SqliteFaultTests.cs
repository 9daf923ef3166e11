using System.Diagnostics;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Microsoft.Data.Sqlite;
using Shouldly;

namespace Limber.Storage.Tests;

/// <summary>What a user sees when the SQLite file cannot take a write, and that nothing saved before is lost.</summary>
public sealed class SqliteFaultTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 7, 30, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("limber-faults-").FullName;

    private string DatabasePath => Path.Combine(folder, ProgressStores.FileName);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static LoggedHold Hold(int segment) =>
        new(new ExerciseId("hip-crossover-stretch"), Side.Left, 1, 45, 45, Monday.AddMinutes(segment)) { SegmentIndex = segment };

    private async Task<SqlStore> OpenWith(Func<SqliteDialect, SqliteDialect> configure, TimeSpan? busy = null)
    {
        var store = new SqlStore(configure(new SqliteDialect(DatabasePath, busy ?? TimeSpan.FromSeconds(10))), "ana");
        await store.OpenAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task A_database_locked_by_another_program_says_so_and_keeps_what_was_saved()
    {
        using var store = await OpenWith(d => d, busy: TimeSpan.FromMilliseconds(300));
        var id = await store.StartSessionAsync(Monday, "a", "{}");
        await store.AddHoldAsync(id, Hold(1));

        using (var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            other.Open();
            using var lockIt = other.CreateCommand();
            lockIt.CommandText = "BEGIN EXCLUSIVE";
            lockIt.ExecuteNonQuery();

            var error = await Should.ThrowAsync<StorageException>(() => store.AddHoldAsync(id, Hold(2)));
            error.Message.ShouldBe($"the database {DatabasePath} is locked by another program and stayed locked; close it or try again (what was saved so far is kept)");
        }

        (await store.HoldsAsync()).ShouldHaveSingleItem().SegmentIndex.ShouldBe(1);
    }

    [Fact]
    public async Task A_read_only_database_says_so()
    {
        using (var writable = await OpenWith(d => d))
        {
            await writable.StartSessionAsync(Monday, "a", "{}");
        }

        var readOnly = new SqlStore(new ReadOnlySqlite(DatabasePath), "ana");
        (await Should.ThrowAsync<StorageException>(() => readOnly.StartSessionAsync(Monday, "b", "{}"))).Message
            .ShouldStartWith($"the database {DatabasePath} is read-only");
        (await readOnly.SessionsAsync()).ShouldHaveSingleItem().Source.ShouldBe("a");
    }

    [Fact]
    public async Task A_full_disk_says_so_and_keeps_the_holds_already_written()
    {
        using var store = await OpenWith(d => new SqliteDialect(DatabasePath, TimeSpan.FromSeconds(1)) { MaxPageCount = 12 });
        var id = await store.StartSessionAsync(Monday, "a", "{}");
        var written = 0;
        var error = await Should.ThrowAsync<StorageException>(async () =>
        {
            for (var segment = 0; segment < 100_000; segment++)
            {
                await store.AddHoldAsync(id, Hold(segment) with { Note = new string('x', 500) });
                written++;
            }
        });

        error.Message.ShouldBe($"the disk holding {DatabasePath} is full; free some space and go on (what was saved so far is kept)");
        written.ShouldBeGreaterThan(0);
        (await store.HoldsAsync()).Count.ShouldBe(written);
    }

    [Fact]
    public async Task Two_writers_on_one_file_at_once_lose_nothing()
    {
        using var first = await OpenWith(d => d);
        using var second = await OpenWith(d => d);
        var one = await first.StartSessionAsync(Monday, "one", "{}");
        var two = await second.StartSessionAsync(Monday, "two", "{}");

        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 300; i++) { await first.AddHoldAsync(one, Hold(i)); } }),
            Task.Run(async () => { for (var i = 0; i < 300; i++) { await second.AddHoldAsync(two, Hold(i)); } }));

        var sessions = await first.SessionsAsync();
        sessions.Select(s => s.Holds.Count).ShouldBe([300, 300]);
    }

    [Fact]
    public async Task Two_processes_logging_to_one_file_at_once_lose_nothing()
    {
        using (await OpenWith(d => d))
        {
            // The schema exists before the writers start, as after any first run.
        }

        var writers = new[] { "ana", "ben" }.Select(user => Process.Start(new ProcessStartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "Limber.Storage.Writer.dll"), folder, user, "1500"]) { RedirectStandardError = true })!).ToList();
        foreach (var writer in writers)
        {
            await writer.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            writer.ExitCode.ShouldBe(0, await writer.StandardError.ReadToEndAsync());
            writer.Dispose();
        }

        foreach (var user in new[] { "ana", "ben" })
        {
            using var store = await ProgressStores.OpenAsync(null, folder, user);
            (await store.SessionsAsync()).ShouldHaveSingleItem().Holds.Count.ShouldBe(1500);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_named()
    {
        await File.WriteAllTextAsync(DatabasePath, "these are my notes, not a database; they go on for a while to fill a page or so.");
        (await Should.ThrowAsync<StorageException>(() => ProgressStores.OpenAsync(null, folder, "ana"))).Message
            .ShouldBe($"{DatabasePath} is not a Limber database (not a SQLite file)");
    }

    /// <summary>The file opened read-only, as when its permissions forbid writing (root ignores file modes, so tests cannot chmod).</summary>
    private sealed class ReadOnlySqlite(string path) : Dialect
    {
        private readonly SqliteDialect inner = new(path, TimeSpan.FromSeconds(1));

        public override string Where => inner.Where;

        public override IReadOnlyList<string> Steps => inner.Steps;

        public override string ReturningId => inner.ReturningId;

        public override string? UpgradeLock => null;

        public override async Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken cancel)
        {
            var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync(cancel);
            return connection;
        }

        public override string? Explain(Exception e) => inner.Explain(e);
    }
}
