using Limber.Cli.Sessions;

namespace Limber.Tests.Cli;

/// <summary>A person answering each question at once with the next key of a script (in line mode only questions read keys).</summary>
internal sealed class QueuedKeyboard(string keys, bool interactive = false) : IKeyboard
{
    private readonly Queue<char> pending = new(keys);

    public bool IsInteractive => interactive;

    public int Left => pending.Count;

    public bool TryRead(out char key) => pending.TryDequeue(out key);
}
