namespace Limber.Exercises;

/// <summary>When the exercise fits in a day.</summary>
public enum UseCase
{
    WarmUp,
    CoolDown,
    Recovery,
    Mobility,
    AfterSitting,
    AfterLowerBody,
    Daily,
}
