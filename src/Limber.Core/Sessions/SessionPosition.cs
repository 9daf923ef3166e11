namespace Limber.Sessions;

/// <param name="Offset">Seconds into <paramref name="Segment"/>.</param>
public sealed record SessionPosition(int Index, Segment Segment, double Offset, bool IsFinished)
{
    public double Remaining => Segment.Duration - Offset;
}
