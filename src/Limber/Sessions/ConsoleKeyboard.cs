namespace Limber.Cli.Sessions;

/// <summary>The real keyboard; silent when standard input is not a terminal.</summary>
internal sealed class ConsoleKeyboard : IKeyboard
{
    public bool IsInteractive => !Console.IsInputRedirected;

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
