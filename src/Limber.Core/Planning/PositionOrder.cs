using Limber.Exercises;

namespace Limber.Planning;

/// <summary>
/// The order positions come in a routine: all the work on the back together, then on the side, on the front, on
/// hands and knees, kneeling, seated, and standing last, the way one gets down to the floor and back up.
/// </summary>
internal static class PositionOrder
{
    public static int Of(Position? position) => position switch
    {
        Position.Supine => 0,
        Position.SideLying => 1,
        Position.Prone => 2,
        Position.Quadruped => 3,
        Position.Kneeling => 4,
        Position.Seated => 5,
        Position.Standing => 6,
        _ => 7,
    };
}
