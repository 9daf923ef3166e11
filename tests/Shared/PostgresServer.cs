using System.Diagnostics;

namespace Limber.Testing;

/// <summary>
/// A real PostgreSQL server on loopback: the one ./test.sh started (LIMBER_TEST_POSTGRES), or one of our own
/// started with tests/postgres.sh, stopped when the tests end. A missing server fails the tests; it never skips them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? folder;

    public PostgresServer()
        : this(Environment.GetEnvironmentVariable("LIMBER_TEST_POSTGRES"))
    {
    }

    private PostgresServer(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        var lines = Script("start").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        folder = lines[0];
        ConnectionString = lines[1];
    }

    public string ConnectionString { get; }

    /// <summary>A server of its own, for a test that stops and restarts it.</summary>
    public static PostgresServer StartOwn() => new(given: null);

    public void Halt() => Script("halt", folder ?? throw new InvalidOperationException("only a server of our own can be halted"));

    public void Restart() => Script("restart", folder ?? throw new InvalidOperationException("only a server of our own can be restarted"));

    public void Dispose()
    {
        if (folder is not null)
        {
            Script("stop", folder);
        }
    }

    private static string Script(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, "tests", "postgres.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"tests/postgres.sh {string.Join(' ', args)} failed: {error}");
    }
}
