namespace Limber.Sessions;

public enum SegmentKind
{
    /// <summary>Get into the start position; the cues are the exercise's setup steps.</summary>
    Setup,
    Hold,

    /// <summary>Come back to neutral after a hold.</summary>
    Release,

    /// <summary>Change sides.</summary>
    Switch,
    Rest,

    /// <summary>Move on to the next exercise.</summary>
    Transition,
}
