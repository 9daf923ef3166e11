using Limber.Exercises;

namespace Limber.Sessions;

/// <summary>
/// The dose Limber uses when a source gives a hold only in words ("a few seconds", "a short, steady hold").
/// It follows the American College of Sports Medicine's guidance for static stretching: holds of 10 to 30
/// seconds, repeated until they add up to about 60 seconds per muscle group, here per side.
/// </summary>
public static class DefaultDose
{
    public static DoseRange HoldSeconds { get; } = new(10, 30);

    public const int SecondsPerSide = 60;

    public const string Basis = "ACSM guidance for static stretching: 10-30 s holds adding up to about 60 s per side";

    /// <summary>Enough holds of <paramref name="holdSeconds"/> to reach about a minute per side.</summary>
    public static int RepsFor(int holdSeconds) => Math.Max(1, (int)Math.Ceiling((double)SecondsPerSide / holdSeconds));
}
