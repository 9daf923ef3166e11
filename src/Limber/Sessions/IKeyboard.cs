namespace Limber.Cli.Sessions;

/// <summary>Keys pressed during a session, read without waiting; or, from input that is not a terminal, lines.</summary>
internal interface IKeyboard
{
    bool TryRead(out char key);

    /// <summary>A person at a terminal who can answer questions (ratings, resume).</summary>
    bool IsInteractive { get; }

    /// <summary>When input is not a terminal, the answers as lines, one per question; null when answers are keys.</summary>
    AnswerLines? Lines => null;
}
