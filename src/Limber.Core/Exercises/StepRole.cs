namespace Limber.Exercises;

/// <summary>What a step is for, so a session reads it at the moment it is true.</summary>
public enum StepRole
{
    /// <summary>Getting into the start position: read in setup, and again for the new side when the legs are re-set.</summary>
    Setup,

    /// <summary>Moving from the start position into the stretch: read in setup.</summary>
    Into,

    /// <summary>Something to do or feel during the hold: read as a cue while holding.</summary>
    Hold,

    /// <summary>Coming out of the stretch: read in the release.</summary>
    Release,

    /// <summary>Changing sides ("repeat on the other side"): read at a side change, never after the last hold.</summary>
    Switch,
}
