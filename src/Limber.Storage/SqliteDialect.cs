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
            pragmas.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds};"
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

    public override IReadOnlyList<string> Steps { get; } = Schema.Steps("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER", "REAL");

    /// <summary>The write-ahead log is a property of the file: set once on open, not on every connection.</summary>
    public override string OnOpen => "PRAGMA journal_mode = WAL";

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
