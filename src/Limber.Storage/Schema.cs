using System.Data.Common;

namespace Limber.Storage;

/// <summary>
/// The schema's version lives in the database; opening an older one applies the missing steps in one transaction
/// each, so an upgrade either happens whole or not at all and no row is lost.
/// </summary>
internal static class Schema
{
    /// <summary>
    /// The steps, written once for both databases: step N takes a database from version N-1 to N. Only three
    /// types differ: the identity column, 64-bit integers (times are Unix milliseconds) and floating point.
    /// </summary>
    public static IReadOnlyList<string> Steps(string identity, string bigint, string real) =>
    [
        // 1: sessions and holds.
        $"""
        CREATE TABLE sessions (
            id {identity},
            user_name TEXT NOT NULL,
            started_at {bigint} NOT NULL,
            ended_at {bigint} NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            source TEXT NOT NULL,
            recipe TEXT NOT NULL);
        CREATE INDEX sessions_by_user ON sessions (user_name, started_at);
        CREATE TABLE holds (
            id {identity},
            session_id {bigint} NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            segment_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            side TEXT NULL CHECK (side IN ('left', 'right')),
            rep INTEGER NOT NULL,
            planned_seconds INTEGER NOT NULL,
            actual_seconds INTEGER NOT NULL,
            completed_at {bigint} NOT NULL,
            tightness INTEGER NULL CHECK (tightness BETWEEN 0 AND 10),
            pain INTEGER NULL CHECK (pain BETWEEN 0 AND 10),
            UNIQUE (session_id, segment_index));
        CREATE INDEX holds_by_exercise ON holds (exercise_id, completed_at);
        """,

        // 2: pinch, range and note on holds; per-user settings.
        $"""
        ALTER TABLE holds ADD COLUMN pinch INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE holds ADD COLUMN range_value {real} NULL;
        ALTER TABLE holds ADD COLUMN range_unit TEXT NULL;
        ALTER TABLE holds ADD COLUMN note TEXT NULL;
        CREATE TABLE settings (
            user_name TEXT PRIMARY KEY,
            breaths_per_minute {real} NOT NULL,
            level TEXT NULL,
            tighter_side TEXT NULL);
        """,
    ];

    public static async Task UpgradeAsync(DbConnection connection, Dialect dialect, int? to = null, CancellationToken cancel = default)
    {
        var target = to ?? dialect.Steps.Count;
        if (dialect.OnOpen is { } setting)
        {
            await Execute(connection, null, setting, cancel);
        }

        await Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        if (dialect.UpgradeLock is { } takeLock)
        {
            await Execute(connection, transaction, takeLock, cancel);
        }

        var version = await VersionAsync(connection, transaction, cancel);
        if (version > dialect.Steps.Count)
        {
            throw new Limber.Progress.StorageException($"{dialect.Where} was written by a newer Limber (schema version {version}); update Limber to open it");
        }

        for (var step = version + 1; step <= target; step++)
        {
            await Execute(connection, transaction, dialect.Steps[step - 1], cancel);
        }

        if (target > version)
        {
            await Execute(connection, transaction, "DELETE FROM schema_version", cancel);
            await Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({target})", cancel);
        }

        await transaction.CommitAsync(cancel);
    }

    public static async Task<int> VersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        var value = await command.ExecuteScalarAsync(cancel);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancel)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancel);
    }
}
