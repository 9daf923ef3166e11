using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Limber.Storage;

/// <summary>
/// SQLite, the embedded default: one file in the data directory, write-ahead log (readers never block the writer),
/// foreign keys on, and synchronous=FULL so a committed hold survives a power cut. Busy waits up to the command
/// timeout, so two processes writing at once take turns instead of failing.
/// </summary>
internal sealed class SqliteDialect(string path, TimeSpan busyTimeout) : Dialect
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
    }.ToString();

    public override string Where => path;

    /// <summary>For tests: the most pages the file may grow to, to see how a full disk reads.</summary>
    public int? MaxPageCount { get; init; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        try
        {
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Limber.Progress.StorageException($"cannot open the database {path}: its folder cannot be created ({e.Message})", e);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancel);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds};"
                + (MaxPageCount is { } pages ? $" PRAGMA max_page_count = {pages};" : "");
            await pragmas.ExecuteNonQueryAsync(cancel);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override IReadOnlyList<string> Steps { get; } =
    [
        // 1: sessions and holds.
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_name TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            ended_at INTEGER NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            source TEXT NOT NULL,
            recipe TEXT NOT NULL);
        CREATE INDEX sessions_by_user ON sessions (user_name, started_at);
        CREATE TABLE holds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            segment_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            side TEXT NULL CHECK (side IN ('left', 'right')),
            rep INTEGER NOT NULL,
            planned_seconds INTEGER NOT NULL,
            actual_seconds INTEGER NOT NULL,
            completed_at INTEGER NOT NULL,
            tightness INTEGER NULL CHECK (tightness BETWEEN 0 AND 10),
            pain INTEGER NULL CHECK (pain BETWEEN 0 AND 10),
            UNIQUE (session_id, segment_index));
        CREATE INDEX holds_by_exercise ON holds (exercise_id, completed_at);
        """,

        // 2: pinch, range and note on holds; per-user settings.
        """
        ALTER TABLE holds ADD COLUMN pinch INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE holds ADD COLUMN range_value REAL NULL;
        ALTER TABLE holds ADD COLUMN range_unit TEXT NULL;
        ALTER TABLE holds ADD COLUMN note TEXT NULL;
        CREATE TABLE settings (
            user_name TEXT PRIMARY KEY,
            breaths_per_minute REAL NOT NULL,
            level TEXT NULL,
            tighter_side TEXT NULL);
        """,
    ];

    public override string ReturningId => " RETURNING id";

    public override string? UpgradeLock => null; // SQLite: the write transaction itself is the lock

    public override string? Explain(Exception e) => e is not SqliteException sqlite ? null : sqlite.SqliteErrorCode switch
    {
        5 or 6 => $"the database {path} is locked by another program and stayed locked; close it or try again (what was saved so far is kept)",
        8 => $"the database {path} is read-only; check its permissions or set --data-dir to a folder you can write (what was saved so far is kept)",
        13 => $"the disk holding {path} is full; free some space and go on (what was saved so far is kept)",
        14 => $"cannot open the database {path}; check that its folder exists and is writable",
        26 => $"{path} is not a Limber database (not a SQLite file)",
        _ => null,
    };
}
