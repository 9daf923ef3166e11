namespace Limber.Sessions;

/// <summary>What one hold (or one block of a movement) is counted in.</summary>
public enum HoldUnit
{
    Seconds,
    Breaths,

    /// <summary>A movement's repetitions, played at <see cref="DefaultDose.SecondsPerRepetition"/>.</summary>
    Repetitions,
}
