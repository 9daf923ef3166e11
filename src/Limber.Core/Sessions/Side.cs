namespace Limber.Sessions;

/// <summary>The side a hold works. Two-sided holds have no side (null).</summary>
public enum Side
{
    Left,
    Right,
}
