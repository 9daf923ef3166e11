namespace Limber.Cli.Sessions;

/// <summary>The real keyboard; when standard input is not a terminal, no keys, and answers come as lines.</summary>
internal sealed class ConsoleKeyboard : IKeyboard
{
    public bool IsInteractive => !Console.IsInputRedirected;

    /// <summary>Piped input answers the questions a line each (<c>printf '6\n0\n' | limber session ID --rate</c>).</summary>
    public AnswerLines? Lines { get; } = Console.IsInputRedirected ? new AnswerLines(Console.In) : null;

    public bool TryRead(out char key)
    {
        key = '\0';
        if (Console.IsInputRedirected || !Console.KeyAvailable)
        {
            return false;
        }

        var info = Console.ReadKey(intercept: true);
        key = info.Key switch
        {
            ConsoleKey.Spacebar => ' ',
            ConsoleKey.RightArrow => 'n',
            ConsoleKey.LeftArrow => 'b',
            ConsoleKey.Escape => 'q',
            ConsoleKey.Enter => '\r',
            _ => char.ToLowerInvariant(info.KeyChar),
        };
        return true;
    }
}
