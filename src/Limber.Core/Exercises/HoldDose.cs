namespace Limber.Exercises;

/// <summary>How long one hold lasts: counted in seconds or in breaths, never both.</summary>
public abstract record HoldDose
{
    private HoldDose()
    {
    }

    public abstract DoseRange Range { get; }

    /// <summary>"30 to 60 seconds", "5 to 10 breaths".</summary>
    public abstract string Describe();

    public sealed record Seconds(DoseRange Range) : HoldDose
    {
        public override DoseRange Range { get; } = Range;

        public override string Describe() => $"{Range} second{Plural(Range)}";
    }

    public sealed record Breaths(DoseRange Range) : HoldDose
    {
        public override DoseRange Range { get; } = Range;

        public override string Describe() => $"{Range} breath{Plural(Range)}";
    }

    private static string Plural(DoseRange range) => range.IsSingleValue && range.Min == 1 ? "" : "s";
}
