using Limber.Testing;
using Npgsql;

namespace Limber.Storage.Tests;

[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>The same suite on a real PostgreSQL server, each test in a database of its own.</summary>
[Collection(SharedPostgres.Name)]
public sealed class PostgresStoreTests : StoreContract, IDisposable
{
    private readonly string connectionString;
    private readonly string admin;
    private readonly string database = $"limber_test_{Guid.NewGuid():N}";

    public PostgresStoreTests(PostgresServer server)
    {
        admin = server.ConnectionString;
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            create.ExecuteNonQuery();
        }

        connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    protected override Task<Limber.Progress.IProgressStore> Open(string user = "ana") => ProgressStores.OpenAsync(connectionString, "/nonexistent", user);
}
