namespace Limber.Progress;

/// <summary>A measured range of motion, in the user's own unit: "12 cm" from knee to floor, "35 deg".</summary>
public sealed record RangeMeasure(double Value, string Unit);
