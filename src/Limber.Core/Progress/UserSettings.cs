using Limber.Exercises;
using Limber.Sessions;

namespace Limber.Progress;

/// <summary>What a user sets once and every session uses.</summary>
public sealed record UserSettings(double BreathsPerMinute = 6, Level? Level = null, Side? TighterSide = null)
{
    public static UserSettings Default { get; } = new();
}
