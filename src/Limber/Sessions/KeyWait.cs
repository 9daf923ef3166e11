namespace Limber.Cli.Sessions;

internal static class KeyWait
{
    /// <summary>How long a question waits for a key before it counts as unanswered (the user may not be looking).</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The next key pressed, or null when none comes within <see cref="AnswerTimeout"/>; waits on <paramref name="time"/>.</summary>
    public static async Task<char?> NextKeyAsync(this IKeyboard keys, TimeProvider time, CancellationToken cancel)
    {
        var asked = time.GetTimestamp();
        while (!cancel.IsCancellationRequested && time.GetElapsedTime(asked) < AnswerTimeout)
        {
            if (keys.TryRead(out var key))
            {
                return key;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), time, CancellationToken.None);
        }

        return null;
    }
}
