namespace Limber.Cli.Sessions;

/// <summary>
/// Answers read from input that is not a terminal (piped, or a file), one line per answer: tightness, then pain,
/// "p" for a pinch and so on, as the keys would be pressed. There is no timeout: a script either gives the line or
/// ends its input, and the end of input leaves every later hold unrated.
/// </summary>
internal sealed class AnswerLines(TextReader input)
{
    /// <summary>A read still waiting for its line when the session stopped; the next answer takes that line.</summary>
    private Task<string?>? pending;

    private bool ended;

    /// <summary>The next line without its surrounding spaces; null at the end of input or when the session is stopped.</summary>
    public async Task<string?> NextAsync(CancellationToken cancel)
    {
        if (ended)
        {
            return null;
        }

        // Reading a pipe blocks its thread, so it runs off the session's; Ctrl-C stops the wait, not the read.
        pending ??= Task.Run(input.ReadLine, CancellationToken.None);
        try
        {
            var line = await pending.WaitAsync(cancel);
            pending = null;
            ended = line is null;
            return line?.Trim();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
