using System.CommandLine;
using Limber.Content.Export;

namespace Limber.Cli;

/// <summary><c>limber export</c>: the whole catalog as an array of records per shared/spec/exercise.schema.json.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "json or yaml (records per the schema), or jsonld (schema.org HowTo)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml", "jsonld");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the catalog as JSON or YAML records (camelCase, unstated fields as null), or as schema.org JSON-LD") { format, output };
        command.SetAction(parse =>
        {
            var exercises = context.LoadCatalog(parse).Exercises;
            var text = parse.GetValue(format) switch
            {
                "yaml" => ExerciseYaml.Write(exercises),
                "jsonld" => ExerciseJsonLd.Write(exercises),
                _ => ExerciseJson.Write(exercises),
            };
            if (parse.GetValue(output) is { } path)
            {
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
                context.Error.WriteLine($"Wrote {exercises.Count} exercises to {path}");
            }
            else
            {
                context.Console.Profile.Out.Writer.Write(text);
            }

            return 0;
        });
        return command;
    }
}
