using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Planning;

/// <summary>What the user asks the planner for.</summary>
/// <param name="Minutes">The time budget; the plan lands within 10% of it.</param>
/// <param name="Level">The user's level: exercises rated above it are left out. Null takes every level.</param>
/// <param name="Avoid">Positions the user cannot or will not take (prone, kneeling...).</param>
/// <param name="Equipment">
/// The props at hand; null means what a home has (<see cref="Props.Household"/>). Exercises needing others are left
/// out. Rolling needs a foam roller named here: it is never planned for someone who has not said they have one.
/// </param>
/// <param name="Exclude">Exercises the user does not want.</param>
/// <param name="Seed">Breaks ties among equally good choices reproducibly; null breaks them by id.</param>
/// <param name="Options">The session options the plan will be played with; they decide how long each exercise takes.</param>
/// <param name="Partner">A second person is there to help: partner-assisted stretches may be planned.</param>
public sealed record PlanRequest(
    Goal Goal,
    int Minutes,
    Level? Level = null,
    IReadOnlySet<Position>? Avoid = null,
    IReadOnlySet<string>? Equipment = null,
    IReadOnlySet<ExerciseId>? Exclude = null,
    int? Seed = null,
    SessionOptions? Options = null,
    bool Partner = false)
{
    /// <summary>The props the plan may use: those named, else what a home has.</summary>
    public IReadOnlySet<string> PropsAtHand => Equipment ?? Props.Household;

    /// <summary>Plans this long or longer give each held stretch about a minute per side; shorter ones at least 30 s.</summary>
    public const int FullDoseMinutes = 10;

    /// <summary>The time per side each held stretch starts at: ACSM's 60 s per muscle group, or 30 s in a short plan.</summary>
    public int SecondsPerSide => Minutes >= FullDoseMinutes ? Sessions.DefaultDose.SecondsPerSide : 30;

    /// <summary>The least part of a plan of ten minutes or more spent in the stretch itself, where the doses allow it.</summary>
    public double StretchShare => Minutes >= FullDoseMinutes ? 0.6 : 0;

    public const int MinMinutes = 2;

    public const int MaxMinutes = 90;

    /// <summary>How far from the budget a plan may land, as a fraction of it.</summary>
    public const double Tolerance = 0.10;

    public int TargetSeconds => Minutes * 60;

    public int LongestSeconds => (int)Math.Floor(TargetSeconds * (1 + Tolerance));

    /// <summary>
    /// 10% short, or 20 seconds short in the shortest plans: a two-minute plan of one stretch at 30 seconds a side
    /// takes about 1:45, and no dose inside the source's range lands nearer.
    /// </summary>
    public int ShortestSeconds => Math.Min((int)Math.Ceiling(TargetSeconds * (1 - Tolerance)), TargetSeconds - ShortBy);

    /// <summary>How many seconds short of the time any plan may end.</summary>
    public const int ShortBy = 20;
}
