using Limber.Cli.Sessions;

namespace Limber.Tests.Cli;

/// <summary>A person answering each question at once with the next key of a script (in line mode only questions read keys).</summary>
/// <param name="whenEmpty">Runs once, right after the last key is read: something that happens while the user answers.</param>
internal sealed class QueuedKeyboard(string keys, bool interactive = false, Action? whenEmpty = null) : IKeyboard
{
    private readonly Queue<char> pending = new(keys);
    private Action? whenEmpty = whenEmpty;

    public bool IsInteractive => interactive;

    public bool TryRead(out char key)
    {
        if (!pending.TryDequeue(out key))
        {
            return false;
        }

        if (pending.Count == 0)
        {
            whenEmpty?.Invoke();
            whenEmpty = null;
        }

        return true;
    }
}
