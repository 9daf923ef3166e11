namespace Limber.Cli.Sessions;

/// <summary>Keys pressed during a session, read without waiting.</summary>
internal interface IKeyboard
{
    bool TryRead(out char key);

    /// <summary>A person at a terminal who can answer questions (ratings, resume).</summary>
    bool IsInteractive { get; }
}
