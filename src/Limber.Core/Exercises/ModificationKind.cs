namespace Limber.Exercises;

public enum ModificationKind
{
    /// <summary>Easier or gentler: the one to offer when a stretch pinches.</summary>
    Regression,
    Progression,
    Variation,
}
