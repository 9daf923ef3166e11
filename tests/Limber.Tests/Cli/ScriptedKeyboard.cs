using Limber.Cli.Sessions;

namespace Limber.Tests.Cli;

/// <summary>Keys pressed at given moments of fake wall-clock time.</summary>
internal sealed class ScriptedKeyboard(TimeProvider time, params (double AtSeconds, char Key)[] presses) : IKeyboard
{
    private readonly Queue<(double AtSeconds, char Key)> pending = new(presses.OrderBy(p => p.AtSeconds));
    private readonly long started = time.GetTimestamp();

    /// <summary>Scripted keys stand for a person at a terminal only when a test says so.</summary>
    public bool IsInteractive { get; init; }

    public bool TryRead(out char key)
    {
        key = '\0';
        if (pending.Count == 0 || time.GetElapsedTime(started).TotalSeconds < pending.Peek().AtSeconds)
        {
            return false;
        }

        key = pending.Dequeue().Key;
        return true;
    }
}
