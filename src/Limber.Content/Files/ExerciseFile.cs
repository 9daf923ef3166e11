using Limber.Exercises;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>
/// One exercise record read from YAML (or JSON, which YAML reads too), field names as in the schema.
/// Every problem is reported with its line; a record with any problem is not returned.
/// </summary>
public static partial class ExerciseFile
{
    internal static readonly string[] Fields =
    [
        "id", "name", "aliases", "summary", "benefits", "position", "level", "equipment", "primaryTargets",
        "secondaryTargets", "laterality", "kind", "partner", "stepsSide", "dosage", "steps", "stepRoles", "breathing", "mistakes", "tips", "faq", "safety",
        "modifications", "useCases", "related", "source", "draft",
    ];

    private static readonly string[] DraftFields = ["article", "confidence", "note"];

    private static readonly string[] DosageFields = ["holdSeconds", "holdBreaths", "reps", "perSide", "sets", "restSeconds", "note"];

    /// <summary>Reads a file whose name (without extension) is the exercise's id.</summary>
    public static (Exercise? Exercise, IReadOnlyList<ContentProblem> Problems) Read(string yaml, string fileName)
    {
        var (exercise, _, problems) = ReadMarked(yaml, fileName);
        return (exercise, problems);
    }

    /// <summary>
    /// Reads a file with its draft mark, if it is an imported draft (a <c>draft</c> field: the article and a
    /// confidence per field), which the catalog leaves out until <c>limber review ID --accept</c>.
    /// </summary>
    public static (Exercise? Exercise, DraftMark? Draft, IReadOnlyList<ContentProblem> Problems) ReadMarked(string yaml, string fileName)
    {
        var problems = new List<ContentProblem>();
        var root = YamlFields.Parse(yaml, fileName, problems);
        if (root is null)
        {
            return (null, null, problems);
        }

        if (root is not YamlMappingNode map)
        {
            problems.Add(new(fileName, YamlFields.Line(root), "the file must be one exercise: a mapping of fields such as id, name, steps"));
            return (null, null, problems);
        }

        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        var fields = new YamlFields(fileName, problems);
        var exercise = Read(map, fields, expectedId);
        var draft = ReadDraftMark(map, fields);
        var broken = problems.Count > 0;
        if (exercise is not null)
        {
            exercise = KindChecks.Check(exercise, draft is not null, map, fields);
        }

        return (broken ? null : exercise, draft, problems);
    }

    /// <summary>Reads an array of records (the export format, JSON or YAML); each record is checked on its own.</summary>
    public static (IReadOnlyList<Exercise> Exercises, IReadOnlyList<ContentProblem> Problems) ReadMany(string text, string fileName)
    {
        var problems = new List<ContentProblem>();
        var root = YamlFields.Parse(text, fileName, problems);
        if (root is not YamlSequenceNode items)
        {
            if (root is not null)
            {
                problems.Add(new(fileName, YamlFields.Line(root), "expected a list of exercise records"));
            }

            return ([], problems);
        }

        var exercises = new List<Exercise>();
        foreach (var item in items)
        {
            var before = problems.Count;
            var fields = new YamlFields(fileName, problems);
            if (item is not YamlMappingNode map)
            {
                fields.Problem(item, "each record must be a mapping of fields");
                continue;
            }

            // Records exported before kind and partner existed get them from their own words.
            var exercise = Read(map, fields, expectedId: null);
            var broken = problems.Count > before;
            if (exercise is not null)
            {
                exercise = KindChecks.Check(exercise, isDraft: false, map, fields, missingIsProblem: false);
            }

            if (exercise is not null && !broken)
            {
                exercises.Add(exercise);
            }
        }

        return (exercises, problems);
    }

    private static Exercise? Read(YamlMappingNode map, YamlFields fields, string? expectedId)
    {
        fields.OnlyKnownKeys(map, "an exercise", Fields);
        var id = ReadId(map, fields, expectedId);
        var name = fields.Text(map, "name", required: true);
        var laterality = fields.Word<Laterality>(map, "laterality", required: true);
        var steps = fields.Texts(map, "steps");
        if (steps.Count == 0)
        {
            fields.Problem(YamlFields.Get(map, "steps") ?? map, "missing required field 'steps': at least one step");
        }

        var source = ReadSource(map, fields);
        var exercise = new Exercise
        {
            Id = id ?? default,
            Name = name ?? "",
            Aliases = fields.Texts(map, "aliases"),
            Summary = fields.Text(map, "summary"),
            Benefits = fields.Texts(map, "benefits"),
            Position = fields.Word<Position>(map, "position"),
            Level = fields.Word<Level>(map, "level"),
            Equipment = Vocabulary(map, fields, "equipment", Props.IsKnown, "prop", Props.Known),
            PrimaryTargets = Vocabulary(map, fields, "primaryTargets", Targets.IsKnown, "target", Targets.All.Select(t => t.Id).ToList()),
            SecondaryTargets = Vocabulary(map, fields, "secondaryTargets", Targets.IsKnown, "target", Targets.All.Select(t => t.Id).ToList()),
            Laterality = laterality ?? default,
            Kind = fields.Word<ExerciseKind>(map, "kind"),
            Partner = fields.Flag(map, "partner"),
            StepsSide = fields.Word<Sessions.Side>(map, "stepsSide"),
            Dosage = ReadDosage(map, fields),
            Steps = steps,
            StepRoles = ReadStepRoles(map, fields, steps),
            Breathing = fields.Texts(map, "breathing"),
            Mistakes = fields.Texts(map, "mistakes"),
            Tips = fields.Texts(map, "tips"),
            Faq = ReadFaq(map, fields),
            Safety = fields.Texts(map, "safety"),
            Modifications = ReadModifications(map, fields),
            UseCases = ReadUseCases(map, fields),
            Related = ReadRelated(map, fields),
            Source = source ?? new SourceReference(""),
        };
        return id is null || name is null || laterality is null || steps.Count == 0 || source is null ? null : exercise;
    }

    /// <summary>Optional; when given, one role per step, so a step cannot be read at the wrong moment.</summary>
    private static DraftMark? ReadDraftMark(YamlMappingNode map, YamlFields fields)
    {
        var draft = fields.Map(map, "draft");
        if (draft is null)
        {
            return null;
        }

        fields.OnlyKnownKeys(draft, "'draft'", DraftFields);
        var confidence = new Dictionary<string, double>();
        if (fields.Map(draft, "confidence") is { } fieldsSure)
        {
            foreach (var key in fieldsSure.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!))
            {
                var sure = fields.Number(fieldsSure, key);
                if (sure is > 1)
                {
                    fields.Problem(YamlFields.Get(fieldsSure, key), $"confidence '{key}' must be between 0 and 1");
                }
                else if (sure is { } value)
                {
                    confidence[key] = value;
                }
            }
        }

        return new DraftMark(fields.Text(draft, "article"), confidence);
    }

    private static ExerciseId? ReadId(YamlMappingNode map, YamlFields fields, string? expectedId)
    {
        var node = YamlFields.Get(map, "id");
        var text = fields.Text(map, "id", required: expectedId is null) ?? expectedId;
        if (text is null)
        {
            return null;
        }

        if (!ExerciseId.TryParse(text, out var id))
        {
            fields.Problem(node ?? map, $"'{text}' is not a valid id: lowercase letters and digits joined by dashes, e.g. hip-crossover-stretch");
            return null;
        }

        if (expectedId is not null && text != expectedId)
        {
            fields.Problem(node, $"id '{text}' does not match the file name: rename the file to {text}.yaml or change the id");
            return null;
        }

        return id;
    }

    private static IReadOnlyList<string> Vocabulary(
        YamlMappingNode map, YamlFields fields, string key, Func<string, bool> isKnown, string what, IReadOnlyList<string> known)
    {
        var words = fields.Texts(map, key);
        if (YamlFields.Get(map, key) is YamlSequenceNode items)
        {
            foreach (var item in items.OfType<YamlScalarNode>().Where(i => i.Value is { } v && v.Trim().Length > 0 && !isKnown(v.Trim())))
            {
                fields.Problem(item, $"unknown {what} '{item.Value}' in '{key}' (expected one of: {string.Join(", ", known)}; see docs/targets.md)");
            }
        }

        return words;
    }

    private static IReadOnlyList<FaqEntry> ReadFaq(YamlMappingNode map, YamlFields fields) =>
        fields.Maps(map, "faq")
            .Select(item =>
            {
                fields.OnlyKnownKeys(item, "a 'faq' item", ["question", "answer"]);
                var question = fields.Text(item, "question", required: true);
                var answer = fields.Text(item, "answer", required: true);
                return question is null || answer is null ? null : new FaqEntry(question, answer);
            })
            .OfType<FaqEntry>()
            .ToList();

    private static IReadOnlyList<Modification> ReadModifications(YamlMappingNode map, YamlFields fields) =>
        fields.Maps(map, "modifications")
            .Select(item =>
            {
                fields.OnlyKnownKeys(item, "a 'modifications' item", ["name", "description", "kind", "equipment"]);
                var name = fields.Text(item, "name", required: true);
                return name is null ? null : new Modification(name, fields.Text(item, "description"), fields.Word<ModificationKind>(item, "kind"))
                {
                    Equipment = Vocabulary(item, fields, "equipment", Props.IsKnown, "prop", Props.Known),
                };
            })
            .OfType<Modification>()
            .ToList();

    private static IReadOnlyList<UseCase> ReadUseCases(YamlMappingNode map, YamlFields fields)
    {
        if (YamlFields.Get(map, "useCases") is not YamlSequenceNode items)
        {
            fields.Texts(map, "useCases"); // reports a non-list
            return [];
        }

        return items.Select(item => fields.Word<UseCase>(item, "use case")).OfType<UseCase>().ToList();
    }

    private static RelatedExercises ReadRelated(YamlMappingNode map, YamlFields fields)
    {
        var related = fields.Map(map, "related");
        if (related is null)
        {
            return RelatedExercises.None;
        }

        fields.OnlyKnownKeys(related, "'related'", ["variations", "alternatives"]);
        return new RelatedExercises(Ids(related, fields, "variations"), Ids(related, fields, "alternatives"));
    }

    private static IReadOnlyList<ExerciseId> Ids(YamlMappingNode related, YamlFields fields, string key)
    {
        var ids = new List<ExerciseId>();
        foreach (var text in fields.Texts(related, key))
        {
            if (ExerciseId.TryParse(text, out var id))
            {
                ids.Add(id);
            }
            else
            {
                fields.Problem(YamlFields.Get(related, key), $"'{text}' in 'related.{key}' is not a valid id");
            }
        }

        return ids;
    }

    private static SourceReference? ReadSource(YamlMappingNode map, YamlFields fields)
    {
        var source = fields.Map(map, "source");
        if (source is null)
        {
            fields.Problem(map, "missing required field 'source': every record names the article it comes from");
            return null;
        }

        fields.OnlyKnownKeys(source, "'source'", ["title", "url", "license", "file"]);
        var title = fields.Text(source, "title", required: true);
        return title is null ? null : new SourceReference(title, fields.Text(source, "url"), fields.Text(source, "license"), fields.Text(source, "file"));
    }
}
