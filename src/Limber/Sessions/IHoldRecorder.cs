namespace Limber.Cli.Sessions;

/// <summary>What the player does after each hold: save it, ask how it felt, decide what comes next.</summary>
internal interface IHoldRecorder
{
    /// <param name="show">Puts a prompt or advice on screen (and speaks it with --voice).</param>
    Task<AfterHoldStep> HoldCompletedAsync(CompletedHold hold, int segmentIndex, Action<string> show, CancellationToken cancel);
}

internal enum AfterHoldStep
{
    Continue,

    /// <summary>Pain high enough to stop this exercise for today: go on with the next one.</summary>
    SkipExercise,
}
