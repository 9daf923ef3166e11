using System.Data.Common;

namespace Limber.Storage;

/// <summary>
/// The schema's version lives in the database; opening an older one applies the missing steps in one transaction
/// each, so an upgrade either happens whole or not at all and no row is lost.
/// </summary>
internal static class Schema
{
    public static async Task UpgradeAsync(DbConnection connection, Dialect dialect, int? to = null, CancellationToken cancel = default)
    {
        var target = to ?? dialect.Steps.Count;
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
