using System.Globalization;

namespace Limber.Exercises;

/// <summary>
/// Both ends of a dose as the source states them: "30 to 60 seconds" is 30..60, "30 seconds" is 30..30,
/// "20 seconds or more" has no top (<see cref="Max"/> is null).
/// </summary>
public sealed record DoseRange
{
    public DoseRange(double min, double? max)
    {
        if (min < 0 || double.IsNaN(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "A dose cannot be negative.");
        }

        if (max is { } top && (top < min || double.IsNaN(top)))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"The top of a dose ({top}) cannot be below its bottom ({min}).");
        }

        Min = min;
        Max = max;
    }

    public double Min { get; }

    public double? Max { get; }

    public bool IsSingleValue => Max == Min;

    public static DoseRange Exactly(double value) => new(value, value);

    /// <summary>The low, middle or high end. An open-ended range stays at its stated bottom: Limber never goes past what a source gives.</summary>
    public double Pick(DosePoint point) => (point, Max) switch
    {
        (_, null) => Min,
        (DosePoint.Low, _) => Min,
        (DosePoint.High, { } max) => max,
        (_, { } max) => (Min + max) / 2,
    };

    /// <summary>Keeps a chosen amount inside the range.</summary>
    public double Clamp(double value) => Math.Max(Min, Max is { } max ? Math.Min(max, value) : value);

    public bool Contains(double value) => value >= Min && (Max is null || value <= Max);

    /// <summary>"30 to 60", "30", or "20 or more".</summary>
    public override string ToString() => Max switch
    {
        null => $"{Number(Min)} or more",
        var max when max == Min => Number(Min),
        var max => $"{Number(Min)} to {Number(max.Value)}",
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
