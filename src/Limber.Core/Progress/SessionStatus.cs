namespace Limber.Progress;

public enum SessionStatus
{
    /// <summary>Started and not ended: the process stopped mid-session; it can be resumed.</summary>
    Running,
    Finished,
    Abandoned,
}
