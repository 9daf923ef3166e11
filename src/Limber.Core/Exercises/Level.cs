namespace Limber.Exercises;

public enum Level
{
    Beginner,
    Intermediate,
    Advanced,
}
