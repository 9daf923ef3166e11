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

    public override IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE sessions (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            user_name TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            ended_at BIGINT NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            source TEXT NOT NULL,
            recipe TEXT NOT NULL);
        CREATE INDEX sessions_by_user ON sessions (user_name, started_at);
        CREATE TABLE holds (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            segment_index INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            side TEXT NULL CHECK (side IN ('left', 'right')),
            rep INTEGER NOT NULL,
            planned_seconds INTEGER NOT NULL,
            actual_seconds INTEGER NOT NULL,
            completed_at BIGINT NOT NULL,
            tightness INTEGER NULL CHECK (tightness BETWEEN 0 AND 10),
            pain INTEGER NULL CHECK (pain BETWEEN 0 AND 10),
            UNIQUE (session_id, segment_index));
        CREATE INDEX holds_by_exercise ON holds (exercise_id, completed_at);
        """,
        """
        ALTER TABLE holds ADD COLUMN pinch INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE holds ADD COLUMN range_value DOUBLE PRECISION NULL;
        ALTER TABLE holds ADD COLUMN range_unit TEXT NULL;
        ALTER TABLE holds ADD COLUMN note TEXT NULL;
        CREATE TABLE settings (
            user_name TEXT PRIMARY KEY,
            breaths_per_minute DOUBLE PRECISION NOT NULL,
            level TEXT NULL,
            tighter_side TEXT NULL);
        """,
    ];

    public override string ReturningId => " RETURNING id";

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
