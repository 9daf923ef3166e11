namespace Limber.Sessions;

public enum HoldUnit
{
    Seconds,
    Breaths,
}
