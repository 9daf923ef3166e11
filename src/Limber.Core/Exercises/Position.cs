namespace Limber.Exercises;

/// <summary>The body position while holding the stretch.</summary>
public enum Position
{
    Supine,
    Prone,
    Seated,
    Kneeling,
    Standing,
    SideLying,
    Quadruped,
}
