using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Limber.Storage;

/// <summary>PostgreSQL, for many users on one server: the same tables, identities instead of autoincrement.</summary>
internal sealed class PostgresDialect : Dialect
{
    private readonly NpgsqlDataSource source;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Where = $"the PostgreSQL server at {builder.Host}:{builder.Port} (database {builder.Database})";
        source = NpgsqlDataSource.Create(builder);
    }

    public override string Where { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancel) => await source.OpenConnectionAsync(cancel);

    public override IReadOnlyList<string> Steps { get; } = Schema.Steps("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT", "DOUBLE PRECISION");

    public override string ReturningId => " RETURNING id";

    public override void Dispose()
    {
        source.Dispose();
        base.Dispose();
    }

    public override string UpgradeLock => "SELECT pg_advisory_xact_lock(7130351)";

    public override string? Explain(Exception e) => e switch
    {
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true }
            => $"{Where} is not reachable; check that it is running (what was saved so far is kept)",
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => $"{Where} shut down; try again when it is back (what was saved so far is kept)",
        PostgresException { SqlState: "28P01" or "28000" } pg => $"{Where} refused the login: {pg.MessageText}",
        PostgresException { SqlState: "3D000" } pg => $"{Where}: {pg.MessageText}",
        PostgresException { SqlState: "53100" } => $"{Where} is out of disk space (what was saved so far is kept)",
        _ => null,
    };
}
