using System.Collections.Frozen;

namespace Limber.Exercises;

/// <summary>
/// The target vocabulary (documented in docs/targets.md). Every free-exercise-db muscle name maps to exactly one
/// target, so imported exercises and the seed articles speak the same words.
/// </summary>
public static class Targets
{
    public static IReadOnlyList<Target> All { get; } =
    [
        new("glutes", "Glutes", "hips", "The buttock muscles (gluteus maximus, medius, minimus).", ["glutes"]),
        new("outer-hip", "Outer hip", "hips", "The side of the hip: abductors, the IT band's upper end, the lateral glutes.", ["abductors"]),
        new("hip-rotators", "Hip rotators", "hips", "The deep muscles that turn the thigh in and out, piriformis among them.", []),
        new("hip-flexors", "Hip flexors", "hips", "The front of the hip: iliopsoas and the hip end of the rectus femoris.", []),
        new("adductors", "Adductors (inner thigh, groin)", "hips", "The inner-thigh muscles that pull the leg toward the midline.", ["adductors"]),
        new("lower-back", "Lower back", "back", "The lumbar region: erector spinae and quadratus lumborum.", ["lower back"]),
        new("middle-back", "Middle back", "back", "Between the shoulder blades: rhomboids and mid-back extensors.", ["middle back"]),
        new("lats", "Lats", "back", "The latissimus dorsi along the side of the back.", ["lats"]),
        new("traps", "Traps", "back", "The trapezius across the upper back and neck.", ["traps"]),
        new("obliques", "Obliques", "trunk", "The side muscles of the waist that twist the trunk.", []),
        new("abdominals", "Abdominals (core)", "trunk", "The front of the trunk.", ["abdominals"]),
        new("hamstrings", "Hamstrings", "legs", "The back of the thigh.", ["hamstrings"]),
        new("quadriceps", "Quadriceps", "legs", "The front of the thigh.", ["quadriceps"]),
        new("calves", "Calves", "legs", "The back of the lower leg.", ["calves"]),
        new("chest", "Chest", "upper-body", "The pectoral muscles.", ["chest"]),
        new("shoulders", "Shoulders", "upper-body", "The deltoids and the shoulder joint.", ["shoulders"]),
        new("neck", "Neck", "upper-body", "The muscles of the neck.", ["neck"]),
        new("biceps", "Biceps", "upper-body", "The front of the upper arm.", ["biceps"]),
        new("triceps", "Triceps", "upper-body", "The back of the upper arm.", ["triceps"]),
        new("forearms", "Forearms", "upper-body", "The wrist and finger flexors and extensors.", ["forearms"]),
    ];

    private static readonly FrozenDictionary<string, Target> ById = All.ToFrozenDictionary(t => t.Id);

    private static readonly FrozenDictionary<string, Target> ByDatasetMuscle =
        All.SelectMany(t => t.DatasetMuscles.Select(m => (m, t))).ToFrozenDictionary(p => p.m, p => p.t);

    public static bool IsKnown(string id) => ById.ContainsKey(id);

    public static Target? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The target a free-exercise-db muscle name ("lower back") maps to, or null for a name outside its 17.</summary>
    public static Target? FromDatasetMuscle(string muscle) => ByDatasetMuscle.GetValueOrDefault(muscle.Trim().ToLowerInvariant());
}
