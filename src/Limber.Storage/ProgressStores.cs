using Limber.Progress;

namespace Limber.Storage;

/// <summary>
/// Opens the store the user asked for: PostgreSQL when the database given is a PostgreSQL connection
/// string (<c>Host=...</c> or a <c>postgres://</c> URL), else SQLite at that path, else <c>limber.db</c> in the
/// data directory. The schema is brought up to date on open.
/// </summary>
public static class ProgressStores
{
    public const string FileName = "limber.db";

    public static async Task<IProgressStore> OpenAsync(string? database, string dataDirectory, string user, CancellationToken cancel = default)
    {
        var store = new SqlStore(DialectFor(database, dataDirectory), user);
        try
        {
            await store.OpenAsync(cancel);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public static bool IsPostgres(string? database) =>
        database is not null && (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || database.Contains("Host=", StringComparison.OrdinalIgnoreCase));

    private static Dialect DialectFor(string? database, string dataDirectory) =>
        IsPostgres(database) ? new PostgresDialect(ToKeywords(database!))
        : new SqliteDialect(string.IsNullOrWhiteSpace(database) ? Path.Combine(dataDirectory, FileName) : database, TimeSpan.FromSeconds(10));

    /// <summary>postgres://user:password@host:port/database as Npgsql's keywords; keyword strings pass through.</summary>
    private static string ToKeywords(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal))
        {
            return database;
        }

        var uri = new Uri(database);
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        return $"Host={uri.Host};Port={(uri.Port > 0 ? uri.Port : 5432)};Database={uri.AbsolutePath.TrimStart('/')};Username={credentials[0]}"
            + (credentials.Length > 1 ? $";Password={credentials[1]}" : "");
    }
}
