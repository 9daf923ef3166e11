namespace Limber.Sessions;

/// <summary>A routine's or a user's own choice of dose for one exercise; each part must fit what the source states.</summary>
public sealed record DoseOverride(int? HoldSeconds = null, int? HoldBreaths = null, int? Reps = null)
{
    public bool IsEmpty => HoldSeconds is null && HoldBreaths is null && Reps is null;
}
