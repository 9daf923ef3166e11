namespace Limber.Progress;

/// <summary>How one hold felt on one side: tightness and pain from 0 to 10, and whether it pinched.</summary>
public sealed record Rating
{
    public const int Max = 10;

    public Rating(int tightness, int pain, bool pinch = false)
    {
        Tightness = Check(tightness, "tightness");
        Pain = Check(pain, "pain");
        Pinch = pinch;
    }

    public int Tightness { get; }

    public int Pain { get; }

    public bool Pinch { get; }

    private static int Check(int value, string what) =>
        value is >= 0 and <= Max ? value : throw new ArgumentOutOfRangeException(what, value, $"{what} is rated from 0 to {Max}, not {value}");
}
