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
    /// <summary>
    /// Reports what disagrees and returns the record as the planner and the player may safely use it: a missing
    /// kind or partner taken from the record's words, and a partner stretch marked as one. A record is never
    /// dropped for these (a catalog written before kind existed keeps working); <c>limber validate</c> lists them.
    /// </summary>
    /// <param name="missingIsProblem">False for exported records read back, which may predate the two fields.</param>
    public static Exercise Check(Exercise exercise, bool isDraft, YamlMappingNode map, YamlFields fields, bool missingIsProblem = true)
    {
        if (!isDraft && exercise.Kind is null && missingIsProblem)
        {
            fields.Problem(YamlFields.Get(map, "kind") ?? map, $"missing 'kind': say how it is done ({string.Join(", ", Words.All<ExerciseKind>())})");
        }

        if (!isDraft && exercise.Partner is null && missingIsProblem)
        {
            fields.Problem(YamlFields.Get(map, "partner") ?? map, "missing 'partner': true when a second person holds or pushes, else false");
        }

        var partnerInSteps = KindWords.HasPartner(exercise.Steps);
        if (exercise.Partner != true && partnerInSteps)
        {
            fields.Problem(YamlFields.Get(map, "partner") ?? map, "the steps have a partner hold or push: set 'partner: true'");
        }

        // Read from the file, not the record: a hold the file gives but gets wrong is reported once, as itself.
        if (exercise.Kind == ExerciseKind.Static && exercise.Dosage.Reps is not null
            && YamlFields.Get(map, "dosage") is YamlMappingNode dosage && YamlFields.Get(dosage, "holdSeconds") is null && YamlFields.Get(dosage, "holdBreaths") is null)
        {
            fields.Problem(YamlFields.Get(map, "dosage") ?? map, "a static stretch counted in repetitions needs a hold (holdSeconds or holdBreaths), or is it 'kind: dynamic'?");
        }

        return isDraft ? exercise : exercise with
        {
            Kind = exercise.Kind ?? KindWords.Of(exercise.Name, exercise.Steps).Kind,
            Partner = exercise.Partner == true || partnerInSteps,
        };
    }
}
