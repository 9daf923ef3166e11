using Limber.Content.Datasets;
using Limber.Exercises;
using Limber.Testing;
using Shouldly;

namespace Limber.Content.Tests.Datasets;

/// <summary>
/// free-exercise-db records as Limber maps them, pinned against a reading by hand of each record's own steps:
/// how it is done, whether a partner holds or pushes, one side at a time or both, the position the steps state,
/// what it stretches most, and the props it cannot do without.
/// </summary>
public sealed class DatasetMappingTests
{
    private static readonly IReadOnlyDictionary<string, FreeExerciseDb.Record> Records =
        FreeExerciseDb.Read(File.ReadAllText(Path.Combine(Repo.Shared, "data", "free-exercise-db", "exercises.json"))).ToDictionary(r => r.Id);

    [Theory]
    [InlineData("Lying_Glute", "static", true, "unilateral", "supine", "glutes", "")]
    [InlineData("Knee_Across_The_Body", "static", false, "unilateral", "supine", "glutes", "")]
    [InlineData("Kneeling_Hip_Flexor", "static", false, "unilateral", "kneeling", "hip-flexors", "")]
    [InlineData("Standing_Hip_Flexors", "static", false, "unilateral", "standing", "hip-flexors", "")]
    [InlineData("Superman", "strength", false, "bilateral", "prone", "lower-back", "")]
    [InlineData("Side_Leg_Raises", "dynamic", false, "unilateral", "standing", "adductors", "chair")]
    [InlineData("Standing_Hip_Circles", "dynamic", false, "unilateral", "standing", "outer-hip", "other")]
    [InlineData("90_90_Hamstring", "dynamic", false, "unilateral", "supine", "hamstrings", "")]
    [InlineData("Lying_Bent_Leg_Groin", "static", true, "bilateral", "supine", "adductors", "")]
    [InlineData("Seated_Glute", "static", true, "unilateral", "seated", "glutes,hip-rotators", "")]
    [InlineData("Piriformis-SMR", "rolling", false, "unilateral", "seated", "glutes,hip-rotators", "foam-roller")]
    [InlineData("IT_Band_and_Glute_Stretch", "static", false, "unilateral", "supine", "outer-hip", "strap")]
    [InlineData("Cat_Stretch", "static", false, "bilateral", "quadruped", "lower-back", "")]
    [InlineData("Childs_Pose", "static", false, "bilateral", "kneeling", "lower-back", "")]
    [InlineData("Ankle_On_The_Knee", "static", false, "unilateral", "supine", "hip-rotators,glutes", "")]
    [InlineData("Runners_Stretch", "static", false, "unilateral", "standing", "hamstrings,hip-flexors", "")]
    [InlineData("Hip_Circles_prone", "dynamic", false, "unilateral", "quadruped", "outer-hip", "")]
    [InlineData("Torso_Rotation", "dynamic", false, "alternating", "standing", "obliques", "exercise-ball")]
    [InlineData("Windmills", "dynamic", false, "alternating", "supine", "outer-hip", "")]
    [InlineData("Iron_Crosses_stretch", "dynamic", false, "alternating", "prone", "quadriceps,hip-flexors", "")]
    [InlineData("One_Knee_To_Chest", "static", false, "unilateral", "supine", "glutes", "")]
    [InlineData("Hug_Knees_To_Chest", "static", false, "bilateral", "supine", "lower-back", "")]
    [InlineData("Lower_Back_Curl", "strength", false, "bilateral", "prone", "abdominals", "")]
    [InlineData("Split_Squats", "strength", false, "alternating", "standing", "hamstrings,hip-flexors", "")]
    [InlineData("Frog_Hops", "strength", false, "bilateral", "standing", "quadriceps", "")]
    [InlineData("Intermediate_Hip_Flexor_and_Quad_Stretch", "static", false, "unilateral", "prone", "hip-flexors,quadriceps", "strap")]
    [InlineData("On_Your_Side_Quad_Stretch", "static", false, "unilateral", "side-lying", "quadriceps,hip-flexors", "")]
    [InlineData("Seated_Hamstring", "static", true, "bilateral", "seated", "hamstrings", "")]
    [InlineData("Adductor_Groin", "static", true, "bilateral", "supine", "adductors", "")]
    [InlineData("Side_Lying_Groin_Stretch", "static", false, "unilateral", "side-lying", "adductors", "")]
    [InlineData("Pelvic_Tilt_Into_Bridge", "strength", false, "bilateral", "supine", "lower-back", "")]
    [InlineData("Inchworm", "dynamic", false, "bilateral", "standing", "hamstrings", "")]
    [InlineData("Scissor_Kick", "strength", false, "alternating", "supine", "abdominals", "")]
    [InlineData("Calf_Stretch_Hands_Against_Wall", "static", false, "unilateral", "standing", "calves", "wall")]
    [InlineData("Lying_Crossover", "static", true, "unilateral", "supine", "outer-hip", "")]
    public void A_record_is_mapped_as_its_steps_say(string id, string kind, bool partner, string laterality, string position, string primary, string equipment)
    {
        var exercise = FreeExerciseDb.Map(Records[id]).ShouldNotBeNull();
        Words.Of(exercise.Kind!.Value).ShouldBe(kind, id);
        exercise.Partner.ShouldBe(partner, id);
        Words.Of(exercise.Laterality).ShouldBe(laterality, id);
        Words.Of(exercise.Position!.Value).ShouldBe(position, id);
        exercise.PrimaryTargets.ShouldBe(primary.Split(','), ignoreOrder: true, id);
        exercise.Equipment.ShouldBe(equipment.Split(',', StringSplitOptions.RemoveEmptyEntries), ignoreOrder: true, id);
    }

    [Fact]
    public void A_record_from_another_category_is_a_strength_move() =>
        FreeExerciseDb.Map(Records.Values.First(r => r.Category == "plyometrics")).ShouldNotBeNull().Kind.ShouldBe(ExerciseKind.Strength);
}
