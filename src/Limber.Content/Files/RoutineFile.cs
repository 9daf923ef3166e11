using Limber.Exercises;
using Limber.Sessions;
using YamlDotNet.RepresentationModel;

namespace Limber.Content.Files;

/// <summary>
/// A routine file (<c>content/routines/ID.yaml</c>): id, name, description, basis, and <c>exercises</c>, a list of
/// <c>{ exercise: ID, holdSeconds?, holdBreaths?, reps? }</c>. Problems are reported with their line.
/// </summary>
public static class RoutineFile
{
    public static (Routine? Routine, IReadOnlyList<ContentProblem> Problems) Read(string yaml, string fileName)
    {
        var problems = new List<ContentProblem>();
        var fields = new YamlFields(fileName, problems);
        var root = YamlFields.Parse(yaml, fileName, problems);
        if (root is null)
        {
            return (null, problems);
        }

        if (root is not YamlMappingNode map)
        {
            return (null, [new(fileName, YamlFields.Line(root), "a routine is a mapping with id, name and exercises")]);
        }

        fields.OnlyKnownKeys(map, "a routine", ["id", "name", "description", "basis", "exercises"]);
        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        var id = fields.Text(map, "id") ?? expectedId;
        if (id != expectedId)
        {
            fields.Problem(YamlFields.Get(map, "id"), $"id '{id}' does not match the file name: rename the file to {id}.yaml or change the id");
        }

        var name = fields.Text(map, "name", required: true);
        var items = fields.Maps(map, "exercises").Select(item => ReadItem(item, fields)).OfType<RoutineItem>().ToList();
        if (items.Count == 0)
        {
            fields.Problem(YamlFields.Get(map, "exercises") ?? map, "a routine needs at least one exercise under 'exercises'");
        }

        var routine = new Routine(id, name ?? "", fields.Text(map, "description"), fields.Text(map, "basis"), items);
        return (problems.Count == 0 ? routine : null, problems);
    }

    private static RoutineItem? ReadItem(YamlMappingNode item, YamlFields fields)
    {
        fields.OnlyKnownKeys(item, "a routine item", ["exercise", "holdSeconds", "holdBreaths", "reps"]);
        var text = fields.Text(item, "exercise", required: true);
        if (text is null)
        {
            return null;
        }

        if (!ExerciseId.TryParse(text, out var id))
        {
            fields.Problem(YamlFields.Get(item, "exercise"), $"'{text}' is not a valid exercise id");
            return null;
        }

        var dose = new DoseOverride(Whole(item, fields, "holdSeconds"), Whole(item, fields, "holdBreaths"), Whole(item, fields, "reps"));
        return new RoutineItem(id, dose.IsEmpty ? null : dose);
    }

    private static int? Whole(YamlMappingNode item, YamlFields fields, string key)
    {
        var value = fields.Number(item, key, minimum: 1);
        if (value is { } v && v != Math.Floor(v))
        {
            fields.Problem(YamlFields.Get(item, key), $"'{key}' must be a whole number");
            return null;
        }

        return value is null ? null : (int)value;
    }
}
