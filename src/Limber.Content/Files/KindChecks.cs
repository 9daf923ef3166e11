using Limber.Content.Import;
using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>
/// What a record's kind and partner must agree with, so the planner and the player can trust them: a catalog
/// record says how it is done and whether it needs a partner; steps that have a partner hold or push make it a
/// partner exercise; a held stretch counted in repetitions with no hold would be played as holds of nothing.
/// </summary>
internal static class KindChecks
{
    public static void Check(Exercise exercise, bool isDraft, YamlMappingNode map, YamlFields fields)
    {
        if (!isDraft && exercise.Kind is null)
        {
            fields.Problem(YamlFields.Get(map, "kind") ?? map, $"missing 'kind': say how it is done ({string.Join(", ", Words.All<ExerciseKind>())})");
        }

        if (!isDraft && exercise.Partner is null)
        {
            fields.Problem(YamlFields.Get(map, "partner") ?? map, "missing 'partner': true when a second person holds or pushes, else false");
        }

        if (exercise.Partner != true && KindWords.HasPartner(exercise.Steps))
        {
            fields.Problem(YamlFields.Get(map, "partner") ?? map, "the steps have a partner hold or push: set 'partner: true'");
        }

        // Read from the file, not the record: a hold the file gives but gets wrong is reported once, as itself.
        if (exercise.Kind == ExerciseKind.Static && exercise.Dosage.Reps is not null
            && YamlFields.Get(map, "dosage") is YamlMappingNode dosage && YamlFields.Get(dosage, "holdSeconds") is null && YamlFields.Get(dosage, "holdBreaths") is null)
        {
            fields.Problem(YamlFields.Get(map, "dosage") ?? map, "a static stretch counted in repetitions needs a hold (holdSeconds or holdBreaths), or is it 'kind: dynamic'?");
        }
    }
}
