namespace Limber.Exercises;

/// <summary>Which end of a dose range to use.</summary>
public enum DosePoint
{
    Low,
    Middle,
    High,
}
