namespace Limber.Sessions;

/// <summary>What a cue is for, so a player can give each its own tone or voice.</summary>
public enum CueKind
{
    /// <summary>A setup step from the content.</summary>
    Setup,

    /// <summary>The exercise and side, at the start of a hold.</summary>
    HoldStart,

    /// <summary>A breathing item from the content.</summary>
    Breathing,

    /// <summary>A mistake to avoid, a tip, or a step for during the hold, from the content.</summary>
    Form,
    Halfway,

    /// <summary>"Next: ..." a few seconds before a hold ends.</summary>
    Next,

    /// <summary>The last three seconds: 3, 2, 1.</summary>
    Count,
    Release,
    Switch,
    Rest,
    Transition,
}
