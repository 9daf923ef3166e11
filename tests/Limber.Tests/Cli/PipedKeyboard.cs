using Limber.Cli.Sessions;

namespace Limber.Tests.Cli;

/// <summary>Input piped to the session, as <c>printf '6\n0\n' | limber session ID --rate</c> gives it: no keys, only lines.</summary>
internal sealed class PipedKeyboard(string input) : IKeyboard
{
    public bool IsInteractive => false;

    public AnswerLines? Lines { get; } = new(new StringReader(input));

    public bool TryRead(out char key)
    {
        key = '\0';
        return false;
    }
}
