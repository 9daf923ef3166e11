using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>The dose of a record: a hold in seconds or breaths, a count, per side, sets, rest, the source's words.</summary>
public static partial class ExerciseFile
{
    private static Dosage ReadDosage(YamlMappingNode map, YamlFields fields)
    {
        var dosage = fields.Map(map, "dosage");
        if (dosage is null)
        {
            return Dosage.Unstated;
        }

        fields.OnlyKnownKeys(dosage, "'dosage'", DosageFields);
        var seconds = ReadRange(dosage, fields, "holdSeconds");
        var breaths = ReadRange(dosage, fields, "holdBreaths");
        if (seconds is not null && breaths is not null)
        {
            fields.Problem(dosage, "give the hold in 'holdSeconds' or in 'holdBreaths', not both");
        }

        var sets = fields.Number(dosage, "sets", minimum: 1);
        if (sets is { } s && s != Math.Floor(s))
        {
            fields.Problem(YamlFields.Get(dosage, "sets"), "'sets' must be a whole number");
        }

        return new Dosage(
            Hold: seconds is not null ? new HoldDose.Seconds(seconds) : breaths is not null ? new HoldDose.Breaths(breaths) : null,
            Reps: ReadRange(dosage, fields, "reps"),
            PerSide: fields.Flag(dosage, "perSide"),
            Sets: sets is { } whole ? (int)whole : null,
            RestSeconds: fields.Number(dosage, "restSeconds"),
            Note: fields.Text(dosage, "note"));
    }

    private static DoseRange? ReadRange(YamlMappingNode dosage, YamlFields fields, string key)
    {
        var node = YamlFields.Get(dosage, key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode range)
        {
            fields.Problem(node, $"'{key}' must be a range such as {{ min: 30, max: 60 }}");
            return null;
        }

        fields.OnlyKnownKeys(range, $"'{key}'", ["min", "max"]);
        var min = fields.Number(range, "min");
        var max = fields.Number(range, "max");
        if (YamlFields.Get(range, "min") is null)
        {
            fields.Problem(range, $"missing required field 'min' in '{key}'");
            return null;
        }

        if (min is null)
        {
            return null;
        }

        if (max is { } top && top < min)
        {
            fields.Problem(range, $"'{key}' has min {min} above max {top}");
            return null;
        }

        // Seconds, breaths and repetitions are counted whole: a session cannot hold half a breath.
        if (min < 1 || min != Math.Floor(min.Value) || (max is { } most && most != Math.Floor(most)))
        {
            fields.Problem(range, $"'{key}' takes whole numbers of at least 1, not {min}{(max is null ? "" : $" to {max}")}");
            return null;
        }

        return new DoseRange(min.Value, max);
    }
}
