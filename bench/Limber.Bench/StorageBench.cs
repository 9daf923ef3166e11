using System.Diagnostics;
using Limber.Cli;
using Limber.Exercises;
using Limber.Progress;
using Limber.Sessions;
using Limber.Storage;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace Limber.Bench;

/// <summary>
/// Storage numbers: holds written per second, each in its own durable transaction as a session writes them, on
/// SQLite and on PostgreSQL; and how long <c>limber progress</c> takes on ten years of daily sessions.
/// </summary>
internal static class StorageBench
{
    private static readonly DateTimeOffset Start = new(2016, 11, 24, 7, 0, 0, TimeSpan.Zero);

    public static async Task<int> HoldsAsync(int count, string? postgres)
    {
        var folder = Directory.CreateTempSubdirectory("limber-bench-").FullName;
        try
        {
            await Measure("SQLite (WAL, synchronous=FULL)", await ProgressStores.OpenAsync(null, folder, "bench"), count);
            if (postgres is not null)
            {
                await Measure("PostgreSQL (fsync on, synchronous_commit on)", await ProgressStores.OpenAsync(postgres, folder, "bench"), count);
            }
            else
            {
                Console.WriteLine("PostgreSQL: skipped (set LIMBER_BENCH_POSTGRES to a connection string, e.g. from tests/postgres.sh start)");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static async Task Measure(string name, IProgressStore store, int count)
    {
        using (store)
        {
            var session = await store.StartSessionAsync(Start, "bench", "{}");
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++)
            {
                await store.AddHoldAsync(session, new LoggedHold(new ExerciseId("hip-crossover-stretch"), i % 2 == 0 ? Side.Left : Side.Right, 1 + (i / 2), 45, 45, Start.AddSeconds(i), new Rating(i % 11, 0)) { SegmentIndex = i });
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"{name,-46} {count} holds in {seconds:F2} s: {count / seconds:F0} holds/s ({seconds / count * 1000:F3} ms each)");
        }
    }

    /// <summary>Ten years of daily sessions (hip crossover, 6 rated holds with a range; reclined hero, 1), then <c>limber progress</c>.</summary>
    public static async Task<int> ProgressAsync(int years)
    {
        var folder = Directory.CreateTempSubdirectory("limber-bench-").FullName;
        try
        {
            var days = years * 365;
            using (var store = await ProgressStores.OpenAsync(null, folder, "bench"))
            {
                // Filled in one transaction: this is setup, not what is measured.
                await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, ProgressStores.FileName)}");
                await connection.OpenAsync();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                var random = new Random(7);
                for (var day = 0; day < days; day++)
                {
                    var at = Start.AddDays(day).ToUnixTimeMilliseconds();
                    await using var session = connection.CreateCommand();
                    session.CommandText = $"INSERT INTO sessions (user_name, started_at, ended_at, status, source, recipe) VALUES ('bench', {at}, {at + 600_000}, 'finished', 'daily', '{{}}') RETURNING id";
                    var id = (long)(await session.ExecuteScalarAsync())!;
                    await using var holds = connection.CreateCommand();
                    var tight = Math.Max(0, 8 - (day * 6 / days));
                    holds.CommandText = string.Join(";", Enumerable.Range(0, 7).Select(k => k < 6
                        ? $"INSERT INTO holds (session_id, segment_index, exercise_id, side, rep, planned_seconds, actual_seconds, completed_at, tightness, pain, pinch, range_value, range_unit) VALUES ({id}, {k}, 'hip-crossover-stretch', '{(k % 2 == 0 ? "left" : "right")}', {1 + (k / 2)}, 45, 45, {at + (k * 60_000)}, {Math.Min(10, tight + (k % 2 == 0 ? 1 : 0) + random.Next(2))}, 0, 0, {20 - (day * 10.0 / days):F1}, 'cm')"
                        : $"INSERT INTO holds (session_id, segment_index, exercise_id, side, rep, planned_seconds, actual_seconds, completed_at, tightness, pain, pinch) VALUES ({id}, {k}, 'restorative-supta-virasana', NULL, 1, 60, 60, {at + (k * 60_000)}, {tight}, 0, 0)"));
                    await holds.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
                Console.WriteLine($"History: {days} daily sessions, {days * 7} holds over {years} years ({Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1024 / 1024.0:F1} MB with the write-ahead log)");
            }

            var times = new List<double>();
            for (var run = 0; run < 11; run++)
            {
                var started = Stopwatch.GetTimestamp();
                var exit = await LimberCli.RunAsync(["progress"], Context(folder));
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (exit != 0)
                {
                    return exit;
                }
            }

            Console.WriteLine($"limber progress, in process: first {times[0]:F0} ms, then median {times.Skip(1).Order().ElementAt(5):F0} ms, worst {times.Skip(1).Max():F0} ms");
            var process = Stopwatch.GetTimestamp();
            using (var limber = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "limber.dll"), "progress"])
            {
                RedirectStandardOutput = true,
                Environment = { ["LIMBER_DATA_DIR"] = folder, ["LIMBER_USER"] = "bench" },
            })!)
            {
                Console.Write(await limber.StandardOutput.ReadToEndAsync());
                await limber.WaitForExitAsync();
            }

            Console.WriteLine($"limber progress as a new process (startup included): {Stopwatch.GetElapsedTime(process).TotalMilliseconds:F0} ms");
            var baseline = Stopwatch.GetTimestamp();
            using (var list = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "limber.dll"), "list"]) { RedirectStandardOutput = true })!)
            {
                await list.StandardOutput.ReadToEndAsync();
                await list.WaitForExitAsync();
            }

            Console.WriteLine($"limber list as a new process, for the startup every command pays: {Stopwatch.GetElapsedTime(baseline).TotalMilliseconds:F0} ms");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CliContext Context(string folder)
    {
#pragma warning disable RS0030 // A console writing to memory: the output is not what is measured.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(new StringWriter()) });
#pragma warning restore RS0030
        return new CliContext(console, TextWriter.Null, name => name switch { "LIMBER_DATA_DIR" => folder, "LIMBER_USER" => "bench", _ => null }, AppContext.BaseDirectory);
    }
}
