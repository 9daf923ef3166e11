using System.CommandLine;
using Limber.Content.Export;
using Limber.Content.Files;

namespace Limber.Cli;

/// <summary><c>limber import-records FILE</c>: records exported as JSON or YAML back into catalog files.</summary>
internal static class ImportRecordsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A JSON or YAML export (a list of records, as 'limber export' writes)" };
        var force = new Option<bool>("--force") { Description = "Overwrite catalog files that already exist" };
        var command = new Command("import-records", "Read exported records back into the catalog folder") { file, force };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UserError($"no such file: {path}");
            }

            var (exercises, problems) = ExerciseFile.ReadMany(File.ReadAllText(path), Path.GetFileName(path));
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    context.Error.WriteLine(problem);
                }

                throw new UserError($"{problems.Count} problem(s) in {path}; nothing was imported");
            }

            var folder = context.Paths(parse).ExercisesDirectory;
            Directory.CreateDirectory(folder);
            var existing = exercises.Where(e => File.Exists(Path.Combine(folder, $"{e.Id.Value}.yaml"))).Select(e => e.Id.Value).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
            {
                throw new UserError($"{existing.Count} record(s) already in {folder} ({string.Join(", ", existing.Take(5))}); --force overwrites them");
            }

            foreach (var exercise in exercises)
            {
                File.WriteAllText(Path.Combine(folder, $"{exercise.Id.Value}.yaml"), ExerciseYaml.WriteOne(exercise));
            }

            context.Console.Profile.Out.Writer.WriteLine($"{exercises.Count} record(s) written to {folder}");
            return 0;
        });
        return command;
    }
}
