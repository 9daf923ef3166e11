using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Datasets;

/// <summary>
/// Where free-exercise-db's own fields mislead and the word tables cannot tell, a correction read by hand from the
/// record's steps: its kind, a partner, its sides, position, level, targets, the props it really needs. The table
/// ships inside Limber (<c>free-exercise-db.corrections.yaml</c>), keyed by the dataset's id; each entry says why.
/// </summary>
internal static class Corrections
{
    private static readonly Lazy<IReadOnlyDictionary<string, YamlMappingNode>> Table = new(Load);

    public static Exercise Apply(string datasetId, Exercise mapped)
    {
        if (!Table.Value.TryGetValue(datasetId, out var fix))
        {
            return mapped;
        }

        var problems = new List<Files.ContentProblem>();
        var fields = new Files.YamlFields("free-exercise-db.corrections.yaml", problems);
        var corrected = mapped with
        {
            Kind = fields.Word<ExerciseKind>(fix, "kind") ?? mapped.Kind,
            Partner = fields.Flag(fix, "partner") ?? mapped.Partner,
            Laterality = fields.Word<Laterality>(fix, "laterality") ?? mapped.Laterality,
            Position = fields.Word<Position>(fix, "position") ?? mapped.Position,
            Level = fields.Word<Level>(fix, "level") ?? mapped.Level,
            PrimaryTargets = Listed(fix, fields, "primaryTargets") ?? mapped.PrimaryTargets,
            SecondaryTargets = Listed(fix, fields, "secondaryTargets") ?? mapped.SecondaryTargets,
            Equipment = Listed(fix, fields, "equipment") ?? mapped.Equipment,
        };
        return problems.Count == 0 ? corrected : throw new InvalidOperationException($"{datasetId}: {problems[0]}");
    }

    private static IReadOnlyList<string>? Listed(YamlMappingNode fix, Files.YamlFields fields, string key) =>
        Files.YamlFields.Get(fix, key) is null ? null : fields.Texts(fix, key);

    private static IReadOnlyDictionary<string, YamlMappingNode> Load()
    {
        using var stream = typeof(Corrections).Assembly.GetManifestResourceStream("Limber.Content.Datasets.free-exercise-db.corrections.yaml")
            ?? throw new InvalidOperationException("the free-exercise-db corrections are not built into Limber.Content");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        return yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            ? new Dictionary<string, YamlMappingNode>()
            : root.Children.Where(p => p.Value is YamlMappingNode).ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (YamlMappingNode)p.Value);
    }
}
