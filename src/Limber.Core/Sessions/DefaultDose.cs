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

    /// <summary>
    /// A movement the source gives no count for is played 10 times (per side when one-sided): the middle of the
    /// 8 to 12 repetitions that dynamic warm-up drills are usually given.
    /// </summary>
    public static DoseRange Repetitions { get; } = DoseRange.Exactly(10);

    /// <summary>Rounds of the usual count: two, about a minute per side at the steady tempo.</summary>
    public const int MovementRounds = 2;

    /// <summary>A steady, controlled tempo: one repetition every 3 seconds, so the count can be spoken.</summary>
    public const int SecondsPerRepetition = 3;

    /// <summary>
    /// Rolling is timed per area (per side when one-sided): 30 to 60 seconds of slow rolling, pausing on tender
    /// spots as the source says. No source in the catalog gives a time per area, so this is always Limber's.
    /// </summary>
    public static DoseRange RollingSeconds { get; } = new(30, 60);

    /// <summary>Enough holds of <paramref name="holdSeconds"/> to reach about a minute per side.</summary>
    public static int RepsFor(int holdSeconds) => Math.Max(1, (int)Math.Ceiling((double)SecondsPerSide / holdSeconds));
}
