using System.Data.Common;

namespace Limber.Storage;

/// <summary>What differs between SQLite and PostgreSQL: connections, schema steps, and how failures read.</summary>
internal abstract class Dialect : IDisposable
{
    /// <summary>Where the data lives, for messages: a file path or a server address.</summary>
    public abstract string Where { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancel);

    /// <summary>The schema steps: step N takes a database from version N-1 to N.</summary>
    public abstract IReadOnlyList<string> Steps { get; }

    /// <summary>SQL that returns the id of the row just inserted, appended to an insert.</summary>
    public abstract string ReturningId { get; }

    /// <summary>A setting kept in the database itself, applied once when it is opened (before any transaction).</summary>
    public virtual string? OnOpen => null;

    /// <summary>Takes the lock that keeps two processes from upgrading the schema at once (inside the transaction).</summary>
    public abstract string? UpgradeLock { get; }

    /// <summary>Turns a driver failure into words a user can act on, or null when it is not a storage condition.</summary>
    public abstract string? Explain(Exception e);

    /// <summary>Releases what the dialect holds open (PostgreSQL's connection pool); SQLite holds nothing.</summary>
    public virtual void Dispose()
    {
    }
}
